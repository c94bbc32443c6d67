package com.weighttracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;
import com.weighttracker.notifications.application.port.in.NotificationCentreUseCase;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/**
 * The hourly clean-up job's retention (ADR 27): sent or abandoned e-mail goes after 7 days, a read
 * notification 90 days after it was read, any notification after a year; nothing younger goes.
 */
class NotificationCleanUpTest extends IntegrationTest {

    @Autowired
    private NotifyUseCase notify;

    @Autowired
    private NotificationCentreUseCase centre;

    @Autowired
    private DeliveryJobsUseCase jobs;

    @Autowired
    private DataSource dataSource;

    @Test
    void expiredNotificationsAndSentMailGoAndNothingYoungerDoes() {
        var user = registerVerified();
        var me = UserId.of(user.id());
        var read = tell(user, "cleanup-read");
        tell(user, "cleanup-unread");
        centre.markRead(me, read);
        // the application's own mail job may be the one that sends them
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            jobs.deliverQueuedMail(500);
            return sentMails(user) == 2;
        });

        clock.advance(Duration.ofDays(6));
        jobs.cleanUp();
        assertThat(sentMails(user)).as("sent 6 days ago").isEqualTo(2);

        clock.advance(Duration.ofDays(2));
        jobs.cleanUp();
        assertThat(sentMails(user)).as("sent 8 days ago").isZero();
        assertThat(notifications(user)).containsExactlyInAnyOrder("cleanup-read", "cleanup-unread");

        clock.advance(Duration.ofDays(83)); // 91 days after reading
        jobs.cleanUp();
        assertThat(notifications(user)).as("the read one went").containsExactly("cleanup-unread");

        clock.advance(Duration.ofDays(270)); // 361 days
        jobs.cleanUp();
        assertThat(notifications(user)).containsExactly("cleanup-unread");

        clock.advance(Duration.ofDays(5)); // 366 days
        jobs.cleanUp();
        assertThat(notifications(user)).as("unread, but a year old").isEmpty();
    }

    private UUID tell(TestUser user, String source) {
        notify.notify(new NotifyCommand(UserId.of(user.id()), Category.CHALLENGE,
                new NotificationContent("Clean-up " + source, "Kept a while.", null), source));
        return jdbc().queryForObject("select id from notifications.inbox where user_id = ? and source_key = ?",
                UUID.class, UUID.fromString(user.id()), source);
    }

    /** Source keys of this test's notifications of the user (not the welcome, which comes on its own time). */
    private java.util.List<String> notifications(TestUser user) {
        return jdbc().queryForList("select source_key from notifications.inbox where user_id = ?"
                + " and source_key like 'cleanup-%'", String.class, UUID.fromString(user.id()));
    }

    private int sentMails(TestUser user) {
        return jdbc().queryForObject("select count(*) from notifications.mail_queue where user_id = ?"
                + " and done_at is not null and subject like 'Clean-up %'", Integer.class, UUID.fromString(user.id()));
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}
