package com.weighttracker.social.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** Writing, reading, editing and deleting posts (FR-4.1.1). */
public interface ManagePostsUseCase {

    PostView publish(UserId author, PublishPostCommand command);

    /** A post the reader may see; any other is not found. */
    PostView get(UserId reader, UUID postId);

    /** The author edits within 24 hours of posting. */
    PostView edit(UserId editor, UUID postId, PostChanges changes);

    /**
     * The author deletes their post for good; a moderator of its team removes it (softly, it can be
     * restored).
     */
    void delete(UserId requester, UUID postId);
}
