package com.weighttracker.identity.domain;

/** How the user wants weights and heights shown. Storage is always metric. */
public enum UnitSystem {
    METRIC, IMPERIAL
}
