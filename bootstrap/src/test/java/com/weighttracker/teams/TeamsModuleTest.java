package com.weighttracker.teams;

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
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.in.CreateTeamCommand;
import com.weighttracker.teams.application.port.in.ManageTeamsUseCase;

/**
 * Teams boots with only the modules it declares (identity and tracking, whose published queries and events it
 * uses, the shared kernel, the platform), and founding a team publishes {@link TeamCreated}.
 *
 * <p>{@code extraIncludes = "platform"}: the context's beans inject the shared kernel's ports ({@code Transactions},
 * {@code DomainEvents}, {@code IdGenerator}), whose implementations and the database live in the platform; Spring
 * Modulith only follows injected types, so it cannot see that dependency by itself.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
class TeamsModuleTest {

    private final RegisterAccountUseCase accounts;
    private final ManageTeamsUseCase teams;

    TeamsModuleTest(RegisterAccountUseCase accounts, ManageTeamsUseCase teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    @Test
    void bootsWithTheContextsItDeclares(ApplicationContext context) {
        assertThat(modulesWithBeans(context)).contains("teams", "tracking", "identity", "platform");
    }

    @Test
    void foundingATeamPublishesTeamCreated(Scenario scenario) {
        var username = uniqueName("module");
        var founder = new UserId(accounts.register(RegisterAccountCommand.of(username + "@example.org", username,
                "Secret123", "UTC", null, "127.0.0.1")).user().id());

        scenario.stimulate(() -> teams.create(founder, new CreateTeamCommand(uniqueName("Team"), null,
                        TeamVisibility.PUBLIC, null)))
                .andWaitForEventOfType(TeamCreated.class)
                .matchingMappedValue(TeamCreated::owner, founder)
                .toArrive();
    }
}
