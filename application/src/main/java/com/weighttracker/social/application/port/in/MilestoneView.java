package com.weighttracker.social.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;

/** A milestone's progress fact; {@code lostKg} only for readers who may see the author's weights. */
public record MilestoneView(BigDecimal percentLost, BigDecimal lostKg, Instant goalReachedAt) {
}
