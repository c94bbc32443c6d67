package com.weighttracker.identity.application.port.in;

public interface PurgeDeletedAccountsUseCase {

    /** Removes for good the accounts whose grace period is over; returns how many. */
    int purgeDue();
}
