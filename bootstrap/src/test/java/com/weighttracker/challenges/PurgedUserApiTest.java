package com.weighttracker.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.gamification.application.port.in.AwardAchievementsUseCase;
import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;
import com.weighttracker.shared.UserId;

/**
 * Right to be forgotten: once identity purges a user, challenges and gamification forget them
 * (from the outbox, after identity's commit), and everybody else's data stays.
 */
class PurgedUserApiTest extends ChallengesApiTest {

    private static final String PARTICIPATIONS = "select count(*) from challenges.participants where user_id = ?";
    private static final String CHALLENGES = "select count(*) from challenges.challenges where created_by = ?";
    private static final String AWARDS = "select count(*) from gamification.achievements where user_id = ?";
    private static final String POINTS = "select count(*) from gamification.points where user_id = ?";

    @Autowired
    private PurgeDeletedAccountsUseCase purge;
    @Autowired
    private AwardAchievementsUseCase awards;

    @Test
    void aPurgedUserLeavesEveryChallengeAndLosesTheirBadgesAndPoints() {
        var today = noon();
        var leaving = registerVerified();
        var staying = registerVerified();
        var started = create(staying, challenge(today, today.plusDays(30)));
        var upcoming = create(leaving, challenge(today.plusDays(60), today.plusDays(90)));
        weighDaily(leaving, today.minusDays(2), today.minusDays(1), day -> 80);
        join(started, leaving);
        join(upcoming, staying);
        awards.goalReached(UserId.of(leaving.id()), clock.instant());
        awards.goalReached(UserId.of(staying.id()), clock.instant());

        assertSuccess(api.delete("/v1/users/me", leaving.accessToken()), 200);
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        purge.purgeDue();

        var gone = UUID.fromString(leaving.id());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(count(PARTICIPATIONS, gone)).isZero();
            assertThat(count(CHALLENGES, gone)).as("their challenge that had not started").isZero();
            assertThat(count(AWARDS, gone)).isZero();
            assertThat(count(POINTS, gone)).isZero();
        });
        var kept = UUID.fromString(staying.id());
        assertThat(count(CHALLENGES, kept)).isEqualTo(1);
        assertThat(count(AWARDS, kept)).isEqualTo(1);
    }

    private long count(String sql, UUID user) {
        return dsl.fetchValue(sql, user) instanceof Number n ? n.longValue() : 0;
    }
}
