package com.weighttracker.incomplete;

import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/** Deliberately incomplete (see ExampleContextTest): an event that is a mutable class, not a record. */
public class ReminderSent implements DomainEvent {

    public UUID reminderId;
}
