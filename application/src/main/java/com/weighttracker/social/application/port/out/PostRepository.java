package com.weighttracker.social.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

/** Posts and the likes on them. A post of an author pending deletion is not found. */
public interface PostRepository {

    void add(Post post);

    Optional<Post> find(PostId id);

    /**
     * The post as {@link #find}, but empty when its author is someone {@code reader} blocked (a post
     * of the reader's own is never left out): the block part of the read rule in the same statement.
     */
    Optional<Post> findUnlessBlocked(PostId id, UserId reader);

    void update(Post post);

    /** Deletes the post with its likes, comments and reports. */
    void delete(PostId id);

    /**
     * Records {@code user}'s like once: the post's like count after it when it was new, empty when it
     * was there already. The count moves with the like in the same statement, so two likes arriving
     * at once count once.
     */
    OptionalInt addLike(Post post, UserId user, Instant at);

    /** Takes {@code user}'s like back: the post's like count after it, empty when there was none. */
    OptionalInt removeLike(Post post, UserId user);

    /** The post's like count as committed now. */
    int likeCount(PostId post);

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
