package com.weighttracker.social.adapter.events;

import org.springframework.stereotype.Component;

import com.weighttracker.platform.adapter.events.DerivedReaction;
import com.weighttracker.social.PostPublished;
import com.weighttracker.social.application.port.in.AnnouncePostUseCase;

/** New posts announced live: a derived reaction (ADR 16): a lost notice is repaired by the next refetch. */
@Component
class LivePostNotices {

    private final AnnouncePostUseCase announce;

    LivePostNotices(AnnouncePostUseCase announce) {
        this.announce = announce;
    }

    @DerivedReaction
    void on(PostPublished published) {
        announce.announce(published);
    }
}
