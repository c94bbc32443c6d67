package com.weighttracker.platform.adapter.rest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** When the response was made and the id of the request it answers (also in the logs). */
public record Meta(Instant timestamp, String requestId) {

    public static Meta now() {
        return new Meta(Instant.now().truncatedTo(ChronoUnit.MILLIS), RequestIds.current());
    }
}
