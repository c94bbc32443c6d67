package com.weighttracker.social;

import static com.weighttracker.support.ModuleBeans.modulesWithBeans;
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
import com.weighttracker.social.application.port.in.ManagePostsUseCase;
import com.weighttracker.social.application.port.in.PublishPostCommand;

/** Social boots with the contexts it declares, and publishing a post announces it. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
class SocialModuleTest {

    private final RegisterAccountUseCase accounts;
    private final ManagePostsUseCase posts;

    SocialModuleTest(RegisterAccountUseCase accounts, ManagePostsUseCase posts) {
        this.accounts = accounts;
        this.posts = posts;
    }

    @Test
    void bootsWithTheContextsItDeclares(ApplicationContext context) {
        assertThat(modulesWithBeans(context)).contains("social", "teams", "tracking", "identity", "platform");
    }

    @Test
    void publishingAPostPublishesPostPublished(Scenario scenario) {
        var username = "social_module_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        var author = new UserId(accounts.register(RegisterAccountCommand.of(username + "@example.org", username,
                "Secret123", "UTC", null, "127.0.0.1")).user().id());

        scenario.stimulate(() -> posts.publish(author, new PublishPostCommand(PostType.TIP, "A tip",
                        "Drink water before meals.", java.util.List.of("water"), PostVisibility.PUBLIC, null, false)))
                .andWaitForEventOfType(PostPublished.class)
                .matchingMappedValue(PostPublished::authorId, author)
                .toArrive();
    }
}
