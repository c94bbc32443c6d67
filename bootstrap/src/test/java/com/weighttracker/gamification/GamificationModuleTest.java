package com.weighttracker.gamification;

import static com.weighttracker.support.ModuleBeans.modulesWithBeans;
import static com.weighttracker.support.ModuleBeans.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.application.ChallengeProgressWatcher;
import com.weighttracker.challenges.application.port.in.CreateChallengeCommand;
import com.weighttracker.challenges.application.port.in.ManageChallengesUseCase;
import com.weighttracker.challenges.application.port.in.TakePartUseCase;
import com.weighttracker.gamification.application.AchievementWatcher;
import com.weighttracker.gamification.application.port.in.ShowcaseView;
import com.weighttracker.gamification.application.port.in.ViewAchievementsUseCase;
import com.weighttracker.identity.application.port.in.RegisterAccountCommand;
import com.weighttracker.identity.application.port.in.RegisterAccountUseCase;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.FeedConsumerProgress;
import com.weighttracker.tracking.application.port.in.RecordWeightUseCase;
import com.weighttracker.tracking.application.port.in.WeighInCommand;

/**
 * Gamification boots with only the modules it declares, and the whole journey works across them:
 * weigh-ins → challenge progress → completion → the winner's points → the "finisher" achievement.
 * ({@code extraIncludes} names challenges: gamification only listens to its event, and Spring Modulith
 * follows injected types, not listened ones, to find direct dependencies.)
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "platform", "challenges" })
@ActiveProfiles("test")
class GamificationModuleTest {

    private final RegisterAccountUseCase accounts;
    private final RecordWeightUseCase weighIns;
    private final ManageChallengesUseCase challenges;
    private final TakePartUseCase takingPart;
    private final PointsQuery points;
    private final ViewAchievementsUseCase showcases;
    private final DSLContext dsl;
    private final Clock clock;

    GamificationModuleTest(RegisterAccountUseCase accounts, RecordWeightUseCase weighIns,
            ManageChallengesUseCase challenges, TakePartUseCase takingPart, PointsQuery points,
            ViewAchievementsUseCase showcases, DSLContext dsl, Clock clock) {
        this.accounts = accounts;
        this.weighIns = weighIns;
        this.challenges = challenges;
        this.takingPart = takingPart;
        this.points = points;
        this.showcases = showcases;
        this.dsl = dsl;
        this.clock = clock;
    }

    @Test
    void bootsWithTheContextsItDeclares(ApplicationContext context) {
        assertThat(modulesWithBeans(context)).contains("gamification", "challenges", "teams", "tracking", "identity",
                "platform");
    }

    @Test
    void weighInsLeadThroughAChallengeWonToPointsAndAnAchievement() {
        var username = uniqueName("module");
        var user = new UserId(accounts.register(RegisterAccountCommand.of(username + "@example.org", username,
                "Secret123", "UTC", null, "127.0.0.1")).user().id());
        new FeedConsumerProgress(dsl, AchievementWatcher.NAME).awaitFollowing();
        new FeedConsumerProgress(dsl, ChallengeProgressWatcher.NAME).awaitFollowing();
        var now = clock.instant();
        for (var daysAgo = 3; daysAgo >= 1; daysAgo--) {
            weighIns.record(user, weighIn("80", now.minus(Duration.ofDays(daysAgo))));
        }
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var challenge = challenges.create(user, new CreateChallengeCommand(uniqueName("Challenge"), null,
                ChallengeType.WEIGHT_LOSS_PERCENT, today, today.plusDays(28), new BigDecimal("0.5"), null, 40, null,
                null));
        takingPart.join(user, challenge.id());

        weighIns.record(user, weighIn("70", now.plus(Duration.ofHours(20))));

        // reactions run on the feed's and the outbox's threads (of any application context in this JVM):
        // the test looks at what they stored. 40 for the challenge won, and the achievements of the way
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                showcases.showcase(user, user).achievements()).extracting(ShowcaseView.Unlocked::code)
                .contains(Achievement.FIRST_WEIGH_IN.code(), Achievement.FIRST_CHALLENGE_COMPLETED.code()));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                points.pointsOf(List.of(user)).get(user)).isEqualTo(40 + Achievement.FIRST_WEIGH_IN.points()
                        + Achievement.FIRST_CHALLENGE_COMPLETED.points()));
    }

    private static WeighInCommand weighIn(String kilograms, Instant at) {
        return new WeighInCommand(new BigDecimal(kilograms), MassUnit.KG, null, at, null, null, null, null);
    }
}
