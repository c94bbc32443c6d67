package com.weighttracker.social.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/** Comments and replies on posts (FR-4.1.2), at most three levels deep. */
public interface CommentsUseCase {

    /** A post's comments, oldest first; each reply names its parent. */
    Page<CommentView> comments(UserId reader, UUID postId, PageRequest page);

    /** @param parentId the comment this replies to, or null for a comment on the post */
    CommentView add(UserId author, UUID postId, UUID parentId, String content);

    CommentView edit(UserId editor, UUID commentId, String content);

    /** The author deletes it with its replies; a moderator of the post's team removes it softly. */
    void delete(UserId requester, UUID commentId);
}
