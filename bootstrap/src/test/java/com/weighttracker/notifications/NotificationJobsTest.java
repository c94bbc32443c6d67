package com.weighttracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.kagkarlsson.scheduler.task.Task;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.platform.adapter.jobs.Jobs;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestMailServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The mail job on two more instances (schedulers built as the application builds its own, besides the
 * application's): every queued e-mail goes out exactly once.
 */
class NotificationJobsTest extends IntegrationTest {

    @Autowired
    private NotifyUseCase notify;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JsonMapper json;

    @Autowired
    private ApplicationContext context;

    private final List<Jobs> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(Jobs::stop);
    }

    @Test
    void theMailJobSendsEachQueuedMailOnceWithTwoInstances() {
        var user = registerVerified();
        for (var i = 0; i < 12; i++) {
            notify.notify(new NotifyCommand(UserId.of(user.id()), Category.CHALLENGE,
                    new NotificationContent("Badge " + i, "Unlocked.", null), "jobs-test-" + i));
        }
        Task<?> mailJob = (Task<?>) context.getBean("mailDeliveryJob");

        for (var name : List.of("instance-a", "instance-b")) {
            var jobs = new Jobs(dataSource, List.of(mailJob), Duration.ofMillis(50), 4, true, null, json, name);
            instances.add(jobs);
            jobs.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> badges(user.email()) == 12);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> badges(user.email()) == 12);
        for (var i = 0; i < 12; i++) {
            assertThat(TestMailServer.mailCount(user.email(), "Badge " + i)).isEqualTo(1);
        }
    }

    private static long badges(String address) {
        var count = 0;
        for (var i = 0; i < 12; i++) {
            count += TestMailServer.mailCount(address, "Badge " + i);
        }
        return count;
    }
}
