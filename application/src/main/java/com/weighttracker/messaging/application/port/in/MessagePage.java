package com.weighttracker.messaging.application.port.in;

import java.util.List;

/** Messages oldest first, and whether there are more in the direction asked (before or after; older for the latest page). */
public record MessagePage(List<MessageView> messages, boolean hasMore) {

    public MessagePage {
        messages = List.copyOf(messages);
    }
}
