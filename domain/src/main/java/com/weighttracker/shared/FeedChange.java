package com.weighttracker.shared;

import java.util.UUID;

/** The subject's state changed (it is now at {@code revision}); {@code position} is where this change sits. */
public record FeedChange(UUID subject, long revision, FeedPosition position) {
}
