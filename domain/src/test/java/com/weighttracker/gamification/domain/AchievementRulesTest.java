package com.weighttracker.gamification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;

class AchievementRulesTest {

    @Test
    void nothingWithoutAWeighIn() {
        assertThat(AchievementRules.earned(false, 40, 30, MassUnit.KG)).isEmpty();
    }

    @Test
    void streaksOfSevenAndThirtyDays() {
        assertThat(AchievementRules.earned(true, 6, 0, MassUnit.KG)).containsExactly(Achievement.FIRST_WEIGH_IN);
        assertThat(AchievementRules.earned(true, 7, 0, MassUnit.KG)).containsExactly(Achievement.FIRST_WEIGH_IN,
                Achievement.STREAK_7);
        assertThat(AchievementRules.earned(true, 30, 0, MassUnit.KG)).contains(Achievement.STREAK_30);
    }

    @Test
    void lossMilestonesFollowTheUsersUnit() {
        // 2.4 kg is 5.29 lb: the first milestone in pounds, not yet in kilograms
        assertThat(AchievementRules.earned(true, 0, 2.4, MassUnit.KG)).doesNotContain(Achievement.LOSS_MILESTONE_1);
        assertThat(AchievementRules.earned(true, 0, 2.4, MassUnit.LB)).contains(Achievement.LOSS_MILESTONE_1);
        assertThat(AchievementRules.earned(true, 0, 2.4, MassUnit.ST)).contains(Achievement.LOSS_MILESTONE_1);
        assertThat(AchievementRules.earned(true, 0, 10, MassUnit.KG)).contains(Achievement.LOSS_MILESTONE_1,
                Achievement.LOSS_MILESTONE_2, Achievement.LOSS_MILESTONE_3).doesNotContain(Achievement.LOSS_MILESTONE_4);
        // 10 kg is 22 lb: short of 25 lb
        assertThat(AchievementRules.earned(true, 0, 10, MassUnit.LB)).doesNotContain(Achievement.LOSS_MILESTONE_3);
        assertThat(AchievementRules.earned(true, 0, -3, MassUnit.KG)).containsExactly(Achievement.FIRST_WEIGH_IN);
    }

    @Test
    void anAwardIsAnnouncedOnlyWhenTold() {
        var award = Award.unlock(new UserId(UUID.randomUUID()), Achievement.GOAL_REACHED, Instant.EPOCH);

        assertThat(award.hasPendingEvents()).isFalse();
        award.announce();
        assertThat(award.drainEvents()).hasSize(1);
        assertThat(award.pointsSource()).isEqualTo("achievement:GOAL_REACHED");
    }
}
