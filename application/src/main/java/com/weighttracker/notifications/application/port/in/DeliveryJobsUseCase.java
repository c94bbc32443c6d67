package com.weighttracker.notifications.application.port.in;

/**
 * The queued and scheduled work the jobs drive, each a batch at a time; a job calls again while a
 * batch comes back full. Each is safe to run on several instances at once (rows are claimed with
 * {@code skip locked}), though the scheduler runs each on one.
 */
public interface DeliveryJobsUseCase {

    /** Sends e-mails whose time has come; a failure is retried later with back-off, up to a limit. */
    int deliverQueuedMail(int batch);

    /** Daily weigh-in reminders and weekly check-ins that are due; skips a reminder when the user weighed in that local day. */
    int sendDueReminders(int batch);

    /** Weekly summaries due (Monday morning local time), rendered and queued as e-mail. */
    int sendDueSummaries(int batch);

    /** Removes read notifications and sent or abandoned e-mails past their retention. */
    int cleanUp();
}
