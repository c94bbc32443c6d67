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
 * it and does nothing, so the count and {@code PostLiked} happen once. One transaction per request:
 * the read rule, then the like and its count in one statement whose result is the count shown; only a
 * like that changed nothing reads the count again (a racing like may have just committed it).
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
        return transactions.inTransaction(() -> {
            var post = views.readable(user, new PostId(postId));
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var count = posts.addLike(post, user, now);
            count.ifPresent(newCount -> post.likedBy(user, now));
            return new LikeView(postId, count.orElseGet(() -> posts.likeCount(post.getId())), true);
        });
    }

    @Override
    public LikeView unlike(UserId user, UUID postId) {
        return transactions.inTransaction(() -> {
            var post = views.readable(user, new PostId(postId));
            var count = posts.removeLike(post, user);
            return new LikeView(postId, count.orElseGet(() -> posts.likeCount(post.getId())), false);
        });
    }
}
