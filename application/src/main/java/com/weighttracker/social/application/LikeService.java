package com.weighttracker.social.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.social.application.port.in.LikePostsUseCase;
import com.weighttracker.social.application.port.in.LikeView;
import com.weighttracker.social.application.port.out.PostRepository;
import com.weighttracker.social.domain.PostId;

/**
 * Likes. The like's unique key decides: of two likes arriving at once one inserts, the other finds
 * it and does nothing, so the count and {@code PostLiked} happen once.
 */
public final class LikeService implements LikePostsUseCase {

    private final PostRepository posts;
    private final PostViews views;
    private final Transactions transactions;
    private final Clock clock;

    public LikeService(PostRepository posts, PostViews views, Transactions transactions, Clock clock) {
        this.posts = posts;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public LikeView like(UserId user, UUID postId) {
        transactions.inTransaction(() -> {
            var post = views.readable(user, new PostId(postId));
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (posts.addLike(post, user, now)) {
                post.likedBy(user, now);
            }
        });
        return current(user, postId, true);
    }

    @Override
    public LikeView unlike(UserId user, UUID postId) {
        transactions.inTransaction(() -> {
            var post = views.readable(user, new PostId(postId));
            posts.removeLike(post, user);
        });
        return current(user, postId, false);
    }

    private LikeView current(UserId user, UUID postId, boolean liked) {
        var post = views.readable(user, new PostId(postId));
        return new LikeView(postId, post.likeCount(), liked);
    }
}
