package com.weighttracker.challenges.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.challenges.ChallengeCompleted;
import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.domain.ChallengeRejections.ChallengeArchived;
import com.weighttracker.challenges.domain.ChallengeRejections.ChallengeNotFound;
import com.weighttracker.challenges.domain.ChallengeRejections.ChallengeStarted;
import com.weighttracker.challenges.domain.ChallengeRejections.MayNotManageChallenge;
import com.weighttracker.shared.Patch;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;

class ChallengeTest {

    static final Instant NOW = Instant.parse("2027-01-01T12:00:00Z");

    static ChallengeChanges rename(String name) {
        return new ChallengeChanges(Patch.to(name), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(),
                Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged());
    }

    static ChallengeChanges retarget(String target) {
        return new ChallengeChanges(Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(),
                Patch.unchanged(), Patch.to(new BigDecimal(target)), Patch.unchanged(), Patch.unchanged());
    }

    @Test
    void afterTheStartOnlyNameAndDescriptionChangeAndNothingIsDeleted() {
        var challenge = ScoringTest.challenge(ChallengeType.WEIGHT_LOSS_PERCENT, false, "5");
        var start = challenge.startDate();

        challenge.edit(retarget("4"), start.minusDays(1), NOW);
        assertThat(challenge.target()).isEqualByComparingTo("4");
        assertThatExceptionOfType(ChallengeStarted.class).isThrownBy(() -> challenge.edit(retarget("3"), start, NOW));
        challenge.edit(rename("New name"), start, NOW);
        assertThat(challenge.name()).isEqualTo("New name");
        assertThatExceptionOfType(ChallengeStarted.class).isThrownBy(() -> challenge.requireDeletable(start));
    }

    @Test
    void completesOnceAnnouncingItsWinnersAndIsArchived() {
        var challenge = ScoringTest.challenge(ChallengeType.WEIGHT_LOSS_PERCENT, false, "5");
        var winner = new UserId(UUID.randomUUID());

        assertThat(challenge.complete(List.of(winner), List.of(winner), NOW)).isTrue();
        assertThat(challenge.complete(List.of(), List.of(winner), NOW)).isFalse();

        assertThat(challenge.drainEvents()).singleElement().isInstanceOfSatisfying(ChallengeCompleted.class,
                completed -> assertThat(completed.winners()).containsExactly(winner));
        assertThat(challenge.status(challenge.startDate())).isEqualTo(ChallengeStatus.COMPLETED);
        assertThatExceptionOfType(ChallengeArchived.class)
                .isThrownBy(() -> challenge.edit(rename("Again"), challenge.startDate(), NOW));
    }

    @Test
    void joiningClosesAfterTheSecondDayAndTheEndIsOverWhenItIsOverEverywhere() {
        var challenge = ScoringTest.challenge(ChallengeType.CONSISTENCY, false, "5");

        assertThat(challenge.isOpenToJoin(challenge.startDate().plusDays(2))).isTrue();
        assertThat(challenge.isOpenToJoin(challenge.startDate().plusDays(3))).isFalse();
        var dayAfterEnd = challenge.endDate().plusDays(1);
        assertThat(challenge.isOverEverywhere(dayAfterEnd.atTime(11, 59).toInstant(ZoneOffset.UTC)))
                .isFalse();
        assertThat(challenge.isOverEverywhere(dayAfterEnd.atTime(12, 1).toInstant(ZoneOffset.UTC)))
                .isTrue();
    }

    @Test
    void aTeamChallengeIsHiddenFromOutsidersAndManagedByItsOrganisers() {
        var creator = new UserId(UUID.randomUUID());
        var challenge = Challenge.create(new ChallengeId(UUID.randomUUID()), "Team", null,
                ChallengeType.TOTAL_LOST, ScoringTest.START, ScoringTest.START.plusDays(10), BigDecimal.ONE, 0, false,
                UUID.randomUUID(), creator, ScoringTest.START, NOW);
        var someone = new UserId(UUID.randomUUID());

        assertThatExceptionOfType(ChallengeNotFound.class)
                .isThrownBy(() -> new ChallengeAccess(challenge, someone, Optional.empty()).visible());
        assertThat(new ChallengeAccess(challenge, someone, Optional.of(TeamRole.MEMBER)).visible()).isSameAs(challenge);
        assertThatExceptionOfType(MayNotManageChallenge.class)
                .isThrownBy(() -> new ChallengeAccess(challenge, someone, Optional.of(TeamRole.MEMBER)).managed());
        assertThat(new ChallengeAccess(challenge, someone, Optional.of(TeamRole.MODERATOR)).managed())
                .isSameAs(challenge);
        assertThat(new ChallengeAccess(challenge, creator, Optional.of(TeamRole.MEMBER)).managed()).isSameAs(challenge);
    }
}
