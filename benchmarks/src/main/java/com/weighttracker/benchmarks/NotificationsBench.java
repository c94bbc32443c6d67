package com.weighttracker.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The notifications steps of run.sh (issue 12 "Performance"): every generated user gets notification
 * preferences that make their daily reminder (or their weekly summary) due at the coming whole minute,
 * then the running product's jobs are watched until none is due any more.
 *
 * <ul>
 * <li>{@code notifications-seed reminders|summary [users]}: waits until a few seconds before the next whole minute,
 * writes the preferences of all users in one {@code insert … select} (server side, like the generator's
 * COPY: no row crosses the network) and prints that minute as epoch milliseconds. Reminders: each user's
 * reminder time is that minute in their own zone, so all are due in one minute of local time. Summary:
 * the weekly summary is switched on (e-mail) and due at that minute. Earlier runs' reminders and mail are
 * deleted first, so every run does the same work. With {@code users} > 0 only that many (the first by id) are
 * made due, for shorter exploratory runs.</li>
 * <li>{@code notifications-cleanup}: deletes what the steps left (queued mail, centre reminders, next dates), so
 * another run's product on the same database has nothing of ours to work off.</li>
 * <li>{@code notifications-wait reminders|summary <dueMillis> <timeoutSeconds>}: polls every 500 ms until the first
 * is handled, then every {@code NOTIFICATIONS_POLL_MS} (environment; 5 s by default), whether any is still due, and prints when the first and the last left the queue (seconds after the due minute)
 * and what they produced (centre entries, queued e-mail) as one {@code NOTIFICATIONS} line.</li>
 * </ul>
 */
final class NotificationsBench {

    /** Every category with its default channels (Category.onByDefault), in the repository's text form. */
    private static final String DEFAULT_CHANNELS = "MESSAGE:IN_APP+PUSH,TEAM:IN_APP+PUSH,CHALLENGE:EMAIL+IN_APP+PUSH,"
            + "ACHIEVEMENT:EMAIL+IN_APP+PUSH,MODERATION:EMAIL+IN_APP,REMINDER:IN_APP+PUSH,WEEKLY_SUMMARY:,ACCOUNT:IN_APP";
    private static final String SUMMARY_CHANNELS = DEFAULT_CHANNELS.replace("WEEKLY_SUMMARY:", "WEEKLY_SUMMARY:EMAIL");
    private static final Duration LEAD = Duration.ofSeconds(3);

    private NotificationsBench() {
    }

    /** Deletes what the steps left: queued mail, reminders' centre entries, every next date (the seed's state). */
    static void cleanup(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            var mail = statement.executeUpdate("delete from notifications.mail_queue");
            var centre = statement.executeUpdate("delete from notifications.inbox where category = 'REMINDER'");
            var planned = statement.executeUpdate("update notifications.preferences set next_daily_reminder = null,"
                    + " next_check_in = null, next_summary = null where next_daily_reminder is not null"
                    + " or next_check_in is not null or next_summary is not null");
            statement.execute("vacuum (analyze) notifications.inbox, notifications.mail_queue,"
                    + " notifications.preferences");
            System.err.printf("notifications cleanup: %,d queued mails and %,d reminders deleted, %,d users' next"
                    + " dates cleared%n", mail, centre, planned);
        }
    }

    /**
     * @param users how many users are made due (the first by id); 0: every user
     */
    static void seed(Connection connection, String kind, int users) throws SQLException, InterruptedException {
        var due = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        try (var statement = connection.createStatement()) {
            // earlier runs: the same source keys would be found and nothing done
            statement.executeUpdate("delete from notifications.inbox where category = 'REMINDER'");
            statement.executeUpdate("delete from notifications.mail_queue");
            statement.executeUpdate("update notifications.preferences set next_daily_reminder = null,"
                    + " next_check_in = null, next_summary = null");
            statement.execute("vacuum (analyze) notifications.inbox, notifications.mail_queue,"
                    + " notifications.preferences");
        }
        var wait = Duration.between(Instant.now(), due.minus(LEAD));
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
        }
        var reminders = "reminders".equals(kind);
        var sql = "insert into notifications.preferences (user_id, channels, daily_reminder_at, next_daily_reminder,"
                + " next_summary, planned_in)"
                + " select p.user_id, ?, " + (reminders ? "(? at time zone p.time_zone)::time" : "null") + ", "
                + (reminders ? "?" : "null") + ", " + (reminders ? "null" : "?") + ", p.time_zone"
                + " from identity.profiles p join identity.accounts a on a.id = p.user_id"
                + " where a.deletion_requested_at is null"
                + (users > 0 ? " order by p.user_id limit " + users : "")
                + " on conflict (user_id) do update set channels = excluded.channels,"
                + " daily_reminder_at = excluded.daily_reminder_at, next_daily_reminder = excluded.next_daily_reminder,"
                + " next_summary = excluded.next_summary, planned_in = excluded.planned_in";
        var started = System.nanoTime();
        int rows;
        try (var statement = connection.prepareStatement(sql)) {
            var at = Timestamp.from(due);
            statement.setString(1, reminders ? DEFAULT_CHANNELS : SUMMARY_CHANNELS);
            if (reminders) {
                statement.setTimestamp(2, at);
                statement.setTimestamp(3, at);
            } else {
                statement.setTimestamp(2, at);
            }
            rows = statement.executeUpdate();
        }
        try (var statement = connection.createStatement()) {
            statement.execute("analyze notifications.preferences");
        }
        System.err.printf("seeded %,d users' %s due at %s in %,d ms%n", rows, kind, due,
                (System.nanoTime() - started) / 1_000_000);
        System.out.println(due.toEpochMilli());
    }

    /**
     * @param poll how long to wait between probes once the first user was handled (before that: 500 ms, for the
     *        first figure); each probe is a statement on the job's database while the list is measured
     */
    static void await(Connection connection, String kind, Instant due, Duration timeout, Duration poll)
            throws SQLException, InterruptedException {
        var column = "reminders".equals(kind) ? "next_daily_reminder" : "next_summary";
        // probes of the partial index's ends, not a count of 100,000 (which costs the job's database 40 ms a
        // poll): is any still due, and (until the first was) has any been handled (planned for next time).
        // Custom plans: a generic plan of "> ?" (a third of the table, by the planner's guess) scanned the heap,
        // past every row not yet handled, for up to 31 ms a probe on the database the job and the list share
        try (var statement = connection.createStatement()) {
            statement.execute("set plan_cache_mode = force_custom_plan");
        }
        var anyDueProbe = "select exists (select 1 from notifications.preferences where " + column + " <= ?)";
        var anyHandledProbe = "select exists (select 1 from notifications.preferences where " + column + " > ?)";
        Double first = null;
        double last;
        var deadline = due.plus(timeout);
        try (var anyDueStatement = connection.prepareStatement(anyDueProbe);
                var anyHandledStatement = connection.prepareStatement(anyHandledProbe)) {
            anyDueStatement.setTimestamp(1, Timestamp.from(due));
            anyHandledStatement.setTimestamp(1, Timestamp.from(due));
            while (true) {
                var anyDue = exists(anyDueStatement);
                var anyHandled = first != null || exists(anyHandledStatement);
                var now = Instant.now();
                var seconds = Duration.between(due, now).toMillis() / 1000.0;
                if (first == null && anyHandled && !now.isBefore(due)) {
                    first = seconds;
                }
                if (!anyDue && !now.isBefore(due)) {
                    last = seconds;
                    break;
                }
                if (now.isAfter(deadline)) {
                    System.out.printf("NOTIFICATIONS step=%s timeout_s=%d still_due=%d%n", kind, timeout.toSeconds(),
                            count(connection, "select count(*) from notifications.preferences where " + column
                                    + " <= '" + Timestamp.from(due) + "'"));
                    return;
                }
                Thread.sleep(first == null ? 500 : poll.toMillis());
            }
        }
        var total = count(connection, "select count(*) from notifications.preferences where " + column + " is not null");
        var centre = count(connection, "select count(*) from notifications.inbox where category = 'REMINDER'");
        var mail = count(connection, "select count(*) from notifications.mail_queue");
        System.out.printf("NOTIFICATIONS step=%s users=%d first_s=%.1f done_s=%.1f per_second=%.0f centre=%d mail=%d%n",
                kind, total, first == null ? last : first, last,
                total / Math.max(0.001, last - (first == null ? 0 : first)), centre, mail);
    }

    private static boolean exists(java.sql.PreparedStatement probe) throws SQLException {
        try (var rows = probe.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
