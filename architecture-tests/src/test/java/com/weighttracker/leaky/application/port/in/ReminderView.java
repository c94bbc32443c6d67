package com.weighttracker.leaky.application.port.in;

/** Deliberately leaky (see ExampleContextTest): a use case's view that a controller hands out as its JSON. */
public record ReminderView(String text) {
}
