package com.weighttracker.messaging;

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
import com.weighttracker.messaging.application.port.in.ManageConversationsUseCase;
import com.weighttracker.messaging.domain.ConversationKind;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.in.CreateTeamCommand;
import com.weighttracker.teams.application.port.in.ManageTeamsUseCase;

/**
 * Messaging boots with only the modules it declares (identity's users, teams' membership and
 * events, social's blocks, the shared kernel, the platform), and a new team gets its chat from
 * {@code TeamCreated} through the outbox.
 *
 * <p>{@code extraIncludes}: the platform, as for every module test; tracking, which teams (a direct
 * dependency) needs for its leaderboards, messaging itself uses nothing of tracking; and social,
 * whose {@code Blocks} messaging asks (Spring Modulith does not count the bootstrap configuration's
 * use of it as a dependency of the module).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "platform", "tracking", "social" })
@ActiveProfiles("test")
class MessagingModuleTest {

    private final RegisterAccountUseCase accounts;
    private final ManageTeamsUseCase teams;
    private final ManageConversationsUseCase conversations;

    MessagingModuleTest(RegisterAccountUseCase accounts, ManageTeamsUseCase teams,
            ManageConversationsUseCase conversations) {
        this.accounts = accounts;
        this.teams = teams;
        this.conversations = conversations;
    }

    @Test
    void bootsWithTheContextsItDeclares(ApplicationContext context) {
        assertThat(modulesWithBeans(context)).contains("messaging", "teams", "identity", "social", "platform");
    }

    @Test
    void aNewTeamGetsItsChat(Scenario scenario) {
        var username = uniqueName("chat");
        var founder = new UserId(accounts.register(RegisterAccountCommand.of(username + "@example.org", username,
                "Secret123", "UTC", null, "127.0.0.1")).user().id());

        scenario.stimulate(() -> teams.create(founder, new CreateTeamCommand(uniqueName("Chatty"), null,
                        TeamVisibility.PUBLIC, null)))
                .andWaitForStateChange(() -> conversations.mine(founder, PageRequest.of(1, 10)).items(),
                        items -> !items.isEmpty())
                .andVerify(items -> {
                    assertThat(items).hasSize(1);
                    assertThat(items.get(0).kind()).isEqualTo(ConversationKind.TEAM);
                });
    }
}
