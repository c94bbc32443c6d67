package com.weighttracker.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event too frequent for an outbox publication per consumer (ADR 16): other contexts react
 * to it with derived reactions only, and keep state from the producer's change feed or published
 * query instead ({@link #feed()}, e.g. tracking's {@code WeighInChanges}). The architecture tests
 * enforce it. Such an event may also be published outside a transaction: only derived reactions
 * can receive it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FrequentEvent {

    /** The simple name of the published change feed (or query) stateful consumers use instead. */
    String feed() default "";
}
