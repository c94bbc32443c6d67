package com.weighttracker.notifications;

import static com.weighttracker.support.ModuleBeans.modulesWithBeans;
import static com.weighttracker.support.ModuleBeans.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import com.weighttracker.identity.application.port.in.RegisterAccountCommand;
import com.weighttracker.identity.application.port.in.RegisterAccountUseCase;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;

/**
 * Notifications boots with only the modules it declares (identity, tracking and teams, whose events
 * and published queries it uses, the shared kernel, the platform), and a notification in the centre
 * announces itself with {@link NotificationCreated}, the seam for live delivery. Social comes along
 * because messaging, whose new messages notifications reports, asks social's blocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "platform", "social" })
@ActiveProfiles("test")
class NotificationsModuleTest {

    private final RegisterAccountUseCase accounts;
    private final NotifyUseCase notify;

    NotificationsModuleTest(RegisterAccountUseCase accounts, NotifyUseCase notify) {
        this.accounts = accounts;
        this.notify = notify;
    }

    @Test
    void bootsWithTheContextsItDeclares(ApplicationContext context) {
        assertThat(modulesWithBeans(context)).contains("notifications", "identity", "tracking", "teams", "platform");
    }

    @Test
    void aNotificationInTheCentrePublishesNotificationCreated(Scenario scenario) {
        var username = uniqueName("module");
        var user = new UserId(accounts.register(RegisterAccountCommand.of(username + "@example.org", username,
                "Secret123", "UTC", null, "127.0.0.1")).user().id());

        scenario.stimulate(() -> notify.notify(new NotifyCommand(user, Category.TEAM,
                        new NotificationContent("Hello", "A module test says hello.", null), "module-test:" + user)))
                .andWaitForEventOfType(NotificationCreated.class)
                .matchingMappedValue(NotificationCreated::userId, user)
                .toArrive();
    }
}
