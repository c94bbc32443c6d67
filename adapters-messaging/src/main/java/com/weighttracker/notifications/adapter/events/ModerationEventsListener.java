package com.weighttracker.notifications.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.notifications.application.port.in.TellModerationOutcomeUseCase;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.ContentRemoved;

/** Social's moderation outcomes: rare, ordinary events, so through the outbox (ADR 16). */
@Component
class ModerationEventsListener {

    private final TellModerationOutcomeUseCase outcomes;

    ModerationEventsListener(TellModerationOutcomeUseCase outcomes) {
        this.outcomes = outcomes;
    }

    @ApplicationModuleListener
    void on(ContentRemoved removed) {
        outcomes.contentRemoved(removed.affected(), removed.kind() == ContentKind.COMMENT, removed.contentId());
    }
}
