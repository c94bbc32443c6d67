package com.weighttracker.incomplete.domain;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Deliberately incomplete (see ExampleContextTest): domain code that imports Spring. */
@Component
public class Reminder {

    public Instant due() {
        return Instant.EPOCH;
    }
}
