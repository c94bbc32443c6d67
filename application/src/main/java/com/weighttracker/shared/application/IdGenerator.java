package com.weighttracker.shared.application;

import java.util.UUID;

/** New ids for aggregates; time-ordered (UUIDv7) in production so indexes stay compact. */
@FunctionalInterface
public interface IdGenerator {

    UUID next();
}
