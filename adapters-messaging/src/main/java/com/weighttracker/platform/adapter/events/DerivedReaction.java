package com.weighttracker.platform.adapter.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.event.EventListener;

/**
 * A derived, loss-tolerant reaction to an event (ADR 16): evicting a cache, pushing a live update.
 * It runs after the transaction that published the event committed (at once when there was none,
 * never when it rolled back), on a small executor of its own, so it can neither fail, roll back nor
 * slow the write that caused it. It is best effort: a failure is logged, and when the queue is full
 * the reaction is dropped and counted. Whatever must not be lost is a stateful reaction instead.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EventListener
public @interface DerivedReaction {
}
