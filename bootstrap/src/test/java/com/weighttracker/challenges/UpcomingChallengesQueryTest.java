package com.weighttracker.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/**
 * The published upcoming challenges: asked with the teams the caller already holds (the weekly summary's
 * way, {@code upcomingForMembers}), the answer is the one challenges gives when it reads the teams itself.
 */
class UpcomingChallengesQueryTest extends IntegrationTest {

    @Autowired
    private UpcomingChallengesQuery upcoming;

    @Test
    void withTheTeamsTheCallerHoldsTheAnswerIsTheSameAsWhenChallengesReadsThem() {
        var owner = registerVerified();
        var outsider = registerVerified();
        var team = api.post("/v1/teams", Api.body("name", "Upcoming " + UUID.randomUUID().toString().substring(0, 8),
                "visibility", "private"), owner.accessToken());
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        var teamId = UUID.fromString(team.data().path("id").asString());
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var teamName = "Team walk " + UUID.randomUUID().toString().substring(0, 8);
        var joinedName = "Team run " + UUID.randomUUID().toString().substring(0, 8);
        challenge(owner, teamName, teamId, today.plusDays(2));
        var joined = challenge(owner, joinedName, teamId, today.plusDays(4));
        assertThat(api.post("/v1/challenges/" + joined + "/join", "", owner.accessToken()).status()).isEqualTo(200);
        var ownerId = new UserId(UUID.fromString(owner.id()));
        var outsiderId = new UserId(UUID.fromString(outsider.id()));

        var read = upcoming.upcomingFor(List.of(ownerId, outsiderId), today);
        var held = upcoming.upcomingForMembers(Map.of(ownerId, Set.of(teamId), outsiderId, Set.of()), today);

        assertThat(held).isEqualTo(read);
        // joined ones first (other tests' public challenges may fill the other places)
        assertThat(held.get(ownerId)).extracting(UpcomingChallengesQuery.UpcomingChallenge::name).contains(joinedName);
        assertThat(held.getOrDefault(outsiderId, List.of())).extracting(UpcomingChallengesQuery.UpcomingChallenge::name)
                .doesNotContain(teamName, joinedName);
        // the teams the caller names are the ones that count: without them only what the owner joined is left
        var withoutTeams = upcoming.upcomingForMembers(Map.of(ownerId, Set.of()), today);
        assertThat(withoutTeams.get(ownerId)).extracting(UpcomingChallengesQuery.UpcomingChallenge::name)
                .contains(joinedName).doesNotContain(teamName);
    }

    @Test
    void moreUsersThanOneCallTakesAreRefusedAndNoneGetNone() {
        var tooMany = new HashMap<UserId, Set<UUID>>();
        for (var i = 0; i <= UpcomingChallengesQuery.MAX_USERS; i++) {
            tooMany.put(new UserId(UUID.randomUUID()), Set.of());
        }
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        assertThatIllegalArgumentException().isThrownBy(() -> upcoming.upcomingForMembers(tooMany, today));
        assertThat(upcoming.upcomingForMembers(Map.of(), today)).isEmpty();
    }

    private String challenge(TestUser creator, String name, UUID teamId, LocalDate start) {
        var created = api.post("/v1/challenges", Api.body("name", name, "type", "weight_loss_percent", "startDate",
                start.toString(), "endDate", start.plusDays(20).toString(), "target", 5, "rewardPoints", 10,
                "teamId", teamId.toString()), creator.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asString();
    }
}
