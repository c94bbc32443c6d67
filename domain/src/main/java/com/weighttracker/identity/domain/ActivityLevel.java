package com.weighttracker.identity.domain;

/** Everyday activity, as the usual energy-expenditure tables name it. */
public enum ActivityLevel {
    SEDENTARY, LIGHT, MODERATE, ACTIVE, VERY_ACTIVE
}
