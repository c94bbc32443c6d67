package com.weighttracker.challenges;

import static com.weighttracker.support.ModuleBeans.modulesWithBeans;
import static com.weighttracker.support.ModuleBeans.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.weighttracker.challenges.application.ChallengeProgressWatcher;
import com.weighttracker.challenges.application.port.in.CreateChallengeCommand;
import com.weighttracker.challenges.application.port.in.ManageChallengesUseCase;
import com.weighttracker.challenges.application.port.in.TakePartUseCase;
import com.weighttracker.challenges.application.port.in.ViewChallengeResultsUseCase;
import com.weighttracker.challenges.domain.ChallengeStatus;
import com.weighttracker.identity.application.port.in.RegisterAccountCommand;
import com.weighttracker.identity.application.port.in.RegisterAccountUseCase;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.FeedConsumerProgress;
import com.weighttracker.tracking.application.port.in.RecordWeightUseCase;
import com.weighttracker.tracking.application.port.in.WeighInCommand;

/**
 * Challenges boots with only the modules it declares (identity, tracking and teams, whose published
 * queries it uses, the shared kernel, the platform), gamification absent; and weigh-ins, followed
 * through tracking's change feed, move a participant's progress until the target completes the
 * challenge with them as its winner ({@link ChallengeCompleted} goes out then; the feed's thread is not
 * the test's, so the test looks at the state, which any application context of the JVM may have written).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
class ChallengesModuleTest {

    private final RegisterAccountUseCase accounts;
    private final RecordWeightUseCase weighIns;
    private final ManageChallengesUseCase challenges;
    private final TakePartUseCase takingPart;
    private final ViewChallengeResultsUseCase results;
    private final DSLContext dsl;
    private final Clock clock;

    ChallengesModuleTest(RegisterAccountUseCase accounts, RecordWeightUseCase weighIns,
            ManageChallengesUseCase challenges, TakePartUseCase takingPart, ViewChallengeResultsUseCase results,
            DSLContext dsl, Clock clock) {
        this.accounts = accounts;
        this.weighIns = weighIns;
        this.challenges = challenges;
        this.takingPart = takingPart;
        this.results = results;
        this.dsl = dsl;
        this.clock = clock;
    }

    @Test
    void bootsWithTheContextsItDeclares(ApplicationContext context) {
        assertThat(modulesWithBeans(context)).contains("challenges", "teams", "tracking", "identity", "platform")
                .doesNotContain("gamification");
    }

    @Test
    void weighInsMoveProgressUntilTheTargetCompletesTheChallenge() {
        var username = uniqueName("module");
        var user = new UserId(accounts.register(RegisterAccountCommand.of(username + "@example.org", username,
                "Secret123", "UTC", null, "127.0.0.1")).user().id());
        var now = clock.instant();
        for (var daysAgo = 3; daysAgo >= 1; daysAgo--) {
            weighIns.record(user, weighIn("80", now.minus(Duration.ofDays(daysAgo))));
        }
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var challenge = challenges.create(user, new CreateChallengeCommand(uniqueName("Challenge"), null,
                ChallengeType.WEIGHT_LOSS_PERCENT, today, today.plusDays(28), new BigDecimal("0.5"), null, 50, null,
                null));
        takingPart.join(user, challenge.id());
        new FeedConsumerProgress(dsl, ChallengeProgressWatcher.NAME).awaitFollowing();

        weighIns.record(user, weighIn("70", now.plus(Duration.ofHours(20))));

        // the feed's consumer may run in any application context of this JVM: its effects are in the database
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var completed = challenges.get(user, challenge.id());
            assertThat(completed.status()).isEqualTo(ChallengeStatus.COMPLETED);
            assertThat(completed.winners()).containsExactly(user.value());
        });
        var progress = results.progress(user, challenge.id());
        assertThat(progress.reachedTarget()).isTrue();
        assertThat(progress.capped()).as("a 10 kg drop moves the trend 1 kg; 0.8 kg (1 %%) counts").isTrue();
        assertThat(progress.score()).isEqualByComparingTo("1.00");
    }

    private static WeighInCommand weighIn(String kilograms, Instant at) {
        return new WeighInCommand(new BigDecimal(kilograms), MassUnit.KG, null, at, null, null, null, null);
    }
}
