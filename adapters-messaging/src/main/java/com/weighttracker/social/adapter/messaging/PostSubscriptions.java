package com.weighttracker.social.adapter.messaging;

import org.springframework.stereotype.Component;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.SubscriptionGuard;

/** {@code /topic/posts/public} is for anyone signed in, as the public feed is; nothing else below it. */
@Component
class PostSubscriptions implements SubscriptionGuard {

    /** Where social's {@code LivePostService} announces public posts. */
    private static final String PUBLIC_TOPIC = "/topic/posts/public";

    @Override
    public String prefix() {
        return "/topic/posts/";
    }

    @Override
    public boolean mayReceive(UserId user, String destination) {
        return PUBLIC_TOPIC.equals(destination);
    }
}
