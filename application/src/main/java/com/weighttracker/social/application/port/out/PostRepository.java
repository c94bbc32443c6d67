package com.weighttracker.social.application.port.out;

import java.time.Instant;
import java.util.Optional;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

/** Posts and the likes on them. A post of an author pending deletion is not found. */
public interface PostRepository {

    void add(Post post);

    Optional<Post> find(PostId id);

    void update(Post post);

    /** Deletes the post with its likes, comments and reports. */
    void delete(PostId id);

    /**
     * Records {@code user}'s like once: whether it was new. The post's like count moves with it in
     * the same statement, so two likes arriving at once count once.
     */
    boolean addLike(Post post, UserId user, Instant at);

    /** Whether there was a like to take back; the count moves with it. */
    boolean removeLike(Post post, UserId user);

    /**
     * Appends an image while the post has fewer than five, in one guarded statement: whether there
     * was room (of racing uploads only five get in).
     */
    boolean addImage(PostId post, java.util.UUID imageId);

    /** Whether the post had the image. */
    boolean removeImage(PostId post, java.util.UUID imageId);

    /** Adds {@code delta} to the number of visible comments the post shows. */
    void countComments(PostId post, int delta);
}
