package com.weighttracker.social.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.domain.Comment;
import com.weighttracker.social.domain.Post;

/** What moderators read: items in bulk whatever their status, and one author's history. */
public interface ModerationReader {

    /** One post or comment as a moderator sees it, with the last decision on it. */
    record ContentEntry(ContentKind kind, UUID id, UUID postId, UUID teamId, UserId authorId, String content,
            String status, Instant createdAt, Instant moderatedAt, UserId moderatedBy) {
    }

    List<Post> posts(Collection<UUID> ids);

    List<Comment> comments(Collection<UUID> ids);

    /** The author's posts and comments, newest first: in one team, or public ones when {@code teamId} is null. */
    Page<ContentEntry> history(UserId author, UUID teamId, PageRequest page);
}
