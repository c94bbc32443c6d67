package com.weighttracker.notifications.application.port.out;

import java.util.function.Supplier;

/** Secrets the context makes for itself once and keeps (the VAPID key pair, the unsubscribe-link key). */
public interface ServerKeys {

    /** The stored value of {@code name}; the first caller stores {@code generate}'s, every instance then reads that one. */
    String getOrCreate(String name, Supplier<String> generate);
}
