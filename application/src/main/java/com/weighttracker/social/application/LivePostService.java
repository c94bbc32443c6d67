package com.weighttracker.social.application;

import java.util.UUID;

import com.weighttracker.shared.application.LiveUpdates;
import com.weighttracker.social.PostPublished;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.application.port.in.AnnouncePostUseCase;

/**
 * {@code {"type":"post.published","postId","teamId"}} on {@code /topic/posts/public} or
 * {@code /topic/teams/<id>/posts}: a hint to refetch the feed, which applies blocks, moderation and
 * visibility; so the notice names neither the author nor any figure.
 */
public final class LivePostService implements AnnouncePostUseCase {

    /** Guarded by social's {@code PostSubscriptions} (anyone signed in). */
    public static final String PUBLIC_TOPIC = "/topic/posts/public";

    record Published(String type, UUID postId, UUID teamId) {
    }

    private final LiveUpdates live;

    public LivePostService(LiveUpdates live) {
        this.live = live;
    }

    @Override
    public void announce(PostPublished published) {
        var notice = new Published("post.published", published.postId(), published.teamId());
        if (published.visibility() == PostVisibility.TEAM && published.teamId() != null) {
            live.toTopic("/topic/teams/" + published.teamId() + "/posts", notice);
        } else if (published.visibility() == PostVisibility.PUBLIC) {
            live.toTopic(PUBLIC_TOPIC, notice);
        }
    }
}
