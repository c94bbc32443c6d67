package com.weighttracker.notifications.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.messaging.MessageSent;
import com.weighttracker.notifications.application.port.in.MessageNoticesUseCase;

/** Messaging's new messages, for the recipients away from the conversation (stateful, ADR 16). */
@Component
class MessageEventsListener {

    private final MessageNoticesUseCase notices;

    MessageEventsListener(MessageNoticesUseCase notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(MessageSent sent) {
        notices.messageSent(sent.conversationId(), sent.seq(), sent.senderId());
    }
}
