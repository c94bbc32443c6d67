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
 * never when it rolled back), on a small executor of its own, so it can neither fail nor roll back
 * the write that caused it, and does not slow it while the executor keeps up; when its queue is
 * full the writer's thread runs it (back-pressure rather than loss). A failure is logged and
 * counted; a crash between commit and reaction loses it, so whatever must not be lost is a
 * stateful reaction instead.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EventListener
public @interface DerivedReaction {
}
