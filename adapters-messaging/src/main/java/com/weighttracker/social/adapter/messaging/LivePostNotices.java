package com.weighttracker.social.adapter.messaging;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.weighttracker.platform.adapter.events.DerivedReaction;
import com.weighttracker.shared.application.LiveUpdates;
import com.weighttracker.social.PostPublished;
import com.weighttracker.social.PostVisibility;

/**
 * {@code {"type":"post.published","postId","teamId"}} when a post goes out: a hint to refetch the
 * feed, which applies blocks, moderation and visibility; so the notice names neither the author nor
 * any figure. A derived reaction (ADR 16): a lost one is repaired by the next refetch.
 */
@Component
class LivePostNotices {

    static final String PUBLIC_TOPIC = "/topic/posts/public";

    record Published(String type, UUID postId, UUID teamId) {
    }

    private final LiveUpdates live;

    LivePostNotices(LiveUpdates live) {
        this.live = live;
    }

    @DerivedReaction
    void on(PostPublished published) {
        var notice = new Published("post.published", published.postId(), published.teamId());
        if (published.visibility() == PostVisibility.TEAM && published.teamId() != null) {
            live.toTopic("/topic/teams/" + published.teamId() + "/posts", notice);
        } else if (published.visibility() == PostVisibility.PUBLIC) {
            live.toTopic(PUBLIC_TOPIC, notice);
        }
    }
}
