package com.weighttracker.messaging.adapter.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of /v1/conversations and /v1/messages; values are validated by the domain. */
final class MessagingRequests {

    private MessagingRequests() {
    }

    record StartConversation(
            @Schema(allowableValues = { "direct", "group" }, requiredMode = Schema.RequiredMode.REQUIRED) String type,
            @Schema(description = "direct: the other user") String userId,
            @Schema(description = "group: the others (you are added as its owner), at most 99") List<String> userIds,
            @Schema(maxLength = 100, description = "group: its name") String name) {
    }

    record Rename(@Schema(maxLength = 100, requiredMode = Schema.RequiredMode.REQUIRED) String name) {
    }

    record AddParticipant(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String userId) {
    }

    record SendText(
            @Schema(maxLength = 5000, requiredMode = Schema.RequiredMode.REQUIRED, example = "Morning walk at 7?")
            String text,
            @Schema(maxLength = 64, description = "your idempotency key: a retry with the same key answers the "
                    + "message the first try made") String clientKey) {
    }

    record Edit(@Schema(maxLength = 5000, requiredMode = Schema.RequiredMode.REQUIRED) String text) {
    }

    record Acknowledge(@Schema(description = "a message of the conversation one of your clients received") String deliveredUpTo,
            @Schema(description = "a message of the conversation you read (your read marker)") String readUpTo) {
    }
}
