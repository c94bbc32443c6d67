package com.weighttracker.challenges;

/**
 * What a challenge measures. Loss is always the fall of the trend (ADR 9), never one weigh-in.
 */
public enum ChallengeType {
    /** The trend's fall as a percentage of the baseline; the target is a percentage. */
    WEIGHT_LOSS_PERCENT,
    /** The trend's fall in kilograms; the target is a mass. */
    TOTAL_LOST,
    /** The longest run of consecutive local days with a weigh-in; the target is a number of days. */
    CONSISTENCY
}
