package com.weighttracker.social.application.port.out;

import java.util.Optional;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.domain.Comment;
import com.weighttracker.social.domain.CommentId;
import com.weighttracker.social.domain.PostId;

/** Comments. A comment of an author pending deletion is not found and not listed. */
public interface CommentRepository {

    void add(Comment comment);

    Optional<Comment> find(CommentId id);

    void update(Comment comment);

    /** Deletes the comment and every reply below it: how many of them were visible. */
    int deleteWithReplies(CommentId id);

    /**
     * The post's comments {@code reader} may see, oldest first: visible ones, the reader's own held
     * ones, none by users the reader blocked.
     */
    Page<Comment> ofPost(PostId post, UserId reader, PageRequest page);
}
