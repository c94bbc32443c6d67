package com.weighttracker.incomplete.application.port.in;

/** Deliberately incomplete (see ExampleContextTest): an inbound port whose package declares no role. */
public interface SendReminderUseCase {

    void send();
}
