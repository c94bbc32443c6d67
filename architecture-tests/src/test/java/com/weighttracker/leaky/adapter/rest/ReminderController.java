package com.weighttracker.leaky.adapter.rest;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.leaky.application.port.in.ReminderView;

/**
 * Deliberately leaky (see ExampleContextTest): one method returns a view inside generic types, one wraps a view
 * in a response record; the third answers with its own record and passes, and so does a helper that is no
 * handler method.
 */
@RestController
class ReminderController {

    @GetMapping("/reminders")
    ResponseEntity<List<ReminderView>> reminders() {
        return ResponseEntity.ok(List.of());
    }

    @GetMapping("/wrapped")
    Wrapped wrapped() {
        return new Wrapped(new ReminderView("weigh in"));
    }

    @GetMapping("/reminder")
    Reminder reminder() {
        return reminderOf(new ReminderView("weigh in"));
    }

    private static Reminder reminderOf(ReminderView view) {
        return new Reminder(view.text());
    }

    ReminderView helper() {
        return new ReminderView("weigh in");
    }

    record Wrapped(ReminderView reminder) {
    }

    record Reminder(String text) {
    }
}
