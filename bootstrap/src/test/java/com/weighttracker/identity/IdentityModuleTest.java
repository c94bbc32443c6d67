package com.weighttracker.identity;

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

/**
 * Identity boots with only the modules it declares (the shared kernel and the platform): no other context
 * is needed to register an account, and registering publishes {@link UserRegistered}.
 *
 * <p>{@code extraIncludes = "platform"}: the context's beans inject the shared kernel's ports ({@code Transactions},
 * {@code DomainEvents}, {@code IdGenerator}), whose implementations and the database live in the platform; Spring
 * Modulith only follows injected types, so it cannot see that dependency by itself.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
class IdentityModuleTest {

    private final RegisterAccountUseCase accounts;

    IdentityModuleTest(RegisterAccountUseCase accounts) {
        this.accounts = accounts;
    }

    @Test
    void bootsWithoutAnyOtherContext(ApplicationContext context) {
        assertThat(modulesWithBeans(context)).contains("identity", "platform").doesNotContain("tracking", "teams");
    }

    @Test
    void registeringAnAccountPublishesUserRegistered(Scenario scenario) {
        var username = uniqueName("module");
        scenario.stimulate(() -> accounts.register(RegisterAccountCommand.of(username + "@example.org", username,
                        "Secret123", "Europe/Berlin", null, "127.0.0.1")))
                .andWaitForEventOfType(UserRegistered.class)
                .matchingMappedValue(UserRegistered::username, username)
                .toArrive();
    }
}
