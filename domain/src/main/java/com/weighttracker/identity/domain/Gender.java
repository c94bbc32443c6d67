package com.weighttracker.identity.domain;

public enum Gender {
    FEMALE, MALE, NON_BINARY, PREFER_NOT_TO_SAY
}
