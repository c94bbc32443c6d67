package com.weighttracker.challenges;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/** Creating, reading, browsing, editing and deleting challenges over HTTP: validation, rules and permissions. */
class ChallengeApiTest extends ChallengesApiTest {

    @Test
    void refusesEveryBrokenRuleOfANewChallengeAtOnce() {
        var today = noon();
        var creator = registerVerified();

        var error = assertError(api.post("/v1/challenges", body("name", "x".repeat(101), "description",
                "y".repeat(1_001), "type", "weight_loss_percent", "startDate", today.minusDays(1).toString(),
                "endDate", today.minusDays(2).toString(), "target", 80, "rewardPoints", -1), creator.accessToken()),
                400, "VALIDATION_ERROR");

        assertThat(fields(error)).contains("name", "description", "startDate", "endDate", "target", "rewardPoints");
    }

    @Test
    void refusesAChallengeLongerThanAYearAControlCharacterAndHandicapOnConsistency() {
        var today = noon();
        var creator = registerVerified();

        assertThat(fields(assertError(api.post("/v1/challenges", challenge(today, today.plusDays(366)),
                creator.accessToken()), 400, "VALIDATION_ERROR"))).containsExactly("endDate");
        assertThat(fields(assertError(api.post("/v1/challenges", challenge(today, today.plusDays(7), "name",
                "Bad\u0007name"), creator.accessToken()), 400, "VALIDATION_ERROR"))).containsExactly("name");
        assertThat(fields(assertError(api.post("/v1/challenges", challenge(today, today.plusDays(7), "type",
                "consistency", "target", 5, "handicap", true), creator.accessToken()), 400, "VALIDATION_ERROR")))
                .containsExactly("handicap");
        assertThat(fields(assertError(api.post("/v1/challenges", challenge(today, today.plusDays(7), "type",
                "consistency", "target", 9), creator.accessToken()), 400, "VALIDATION_ERROR")))
                .as("9 days in an 8-day challenge").containsExactly("target");
        assertThat(api.post("/v1/challenges", challenge(today, today.plusDays(7), "type", "fastest"),
                creator.accessToken()).status()).isEqualTo(400);
        assertThat(api.post("/v1/challenges", challenge(today, today.plusDays(365)), creator.accessToken()).status())
                .as("365 days is the longest").isEqualTo(201);
    }

    @Test
    void aTotalLostTargetInPoundsIsKeptInKilogramsAndTheRulesAreSaid() {
        var today = noon();
        var creator = registerVerified();

        var created = assertSuccess(api.post("/v1/challenges", challenge(today, today.plusDays(30), "type",
                "total_lost", "target", 10, "targetUnit", "lb"), creator.accessToken()), 201);

        assertThat(created.path("target").decimalValue()).isEqualByComparingTo("4.54");
        assertThat(created.path("status").asString()).isEqualTo("active");
        assertThat(created.path("scoring").asString()).contains("trend", "1 %");
        assertThat(created.path("participantCount").asInt()).isZero();
    }

    @Test
    void browsesByStatusAndMineAndPages() {
        var today = noon();
        var creator = registerVerified();
        var other = registerVerified();
        var upcoming = create(creator, challenge(today.plusDays(3), today.plusDays(30)));
        var active = create(creator, challenge(today, today.plusDays(30)));

        assertThat(ids(api.get("/v1/challenges?status=upcoming&limit=100", other.accessToken())))
                .contains(upcoming).doesNotContain(active);
        assertThat(ids(api.get("/v1/challenges?limit=100", other.accessToken()))).as("active by default")
                .contains(active).doesNotContain(upcoming);
        assertThat(ids(api.get("/v1/challenges?status=all&mine=true&limit=100", creator.accessToken())))
                .containsExactlyInAnyOrder(upcoming, active);
        assertThat(ids(api.get("/v1/challenges?status=all&mine=true", other.accessToken()))).isEmpty();
        var page = api.get("/v1/challenges?status=all&mine=true&page=2&limit=1", creator.accessToken());
        assertThat(page.body().path("pagination").path("totalItems").asInt()).isEqualTo(2);
        assertThat(page.data()).hasSize(1);
        assertError(api.get("/v1/challenges?status=soon", creator.accessToken()), 400, "VALIDATION_ERROR");
        assertError(api.get("/v1/challenges?mine=maybe", creator.accessToken()), 400, "VALIDATION_ERROR");
        assertError(api.get("/v1/challenges?limit=1000", creator.accessToken()), 400, "VALIDATION_ERROR");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFoundOrInvalid() {
        var user = registerVerified();

        assertError(api.get("/v1/challenges/" + UUID.randomUUID(), user.accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/v1/challenges/not-an-id", user.accessToken()), 400, "VALIDATION_ERROR");
        assertError(api.post("/v1/challenges/" + UUID.randomUUID() + "/join", "", user.accessToken()), 404,
                "NOT_FOUND");
        assertError(api.get("/v1/challenges/" + UUID.randomUUID() + "/leaderboard", user.accessToken()), 404,
                "NOT_FOUND");
        assertThat(api.get("/v1/challenges", null).status()).isEqualTo(401);
    }

    @Test
    void beforeTheStartTheCreatorChangesEverythingAfterItOnlyNameAndDescription() {
        var today = noon();
        var creator = registerVerified();
        var stranger = registerVerified();
        var id = create(creator, challenge(today.plusDays(1), today.plusDays(20)));

        assertError(api.patch("/v1/challenges/" + id, body("target", 3), stranger.accessToken()), 403, "FORBIDDEN");
        assertThat(assertSuccess(api.patch("/v1/challenges/" + id, body("target", 3, "description", "Go"),
                creator.accessToken()), 200).path("target").decimalValue()).isEqualByComparingTo("3");

        clock.advance(Duration.ofDays(1));
        creator = logIn(creator); // the clock moved past the access token's 15 minutes
        assertError(api.patch("/v1/challenges/" + id, body("target", 4), creator.accessToken()), 409,
                "CHALLENGE_STARTED");
        assertError(api.patch("/v1/challenges/" + id, body("endDate", today.plusDays(40).toString()),
                creator.accessToken()), 409, "CHALLENGE_STARTED");
        var renamed = assertSuccess(api.patch("/v1/challenges/" + id, body("name", "Renamed", "description", null),
                creator.accessToken()), 200);
        assertThat(renamed.path("name").asString()).isEqualTo("Renamed");
        assertThat(renamed.path("description").isNull()).isTrue();
        assertError(api.delete("/v1/challenges/" + id, creator.accessToken()), 409, "CHALLENGE_STARTED");
    }

    @Test
    void onlyTheCreatorDeletesAChallengeThatHasNotStarted() {
        var today = noon();
        var creator = registerVerified();
        var stranger = registerVerified();
        var id = create(creator, challenge(today.plusDays(2), today.plusDays(20)));

        assertError(api.delete("/v1/challenges/" + id, stranger.accessToken()), 403, "FORBIDDEN");
        assertSuccess(api.delete("/v1/challenges/" + id, creator.accessToken()), 200);
        assertError(api.get("/v1/challenges/" + id, creator.accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void teamChallengesAreCreatedByOrganisersJoinedByMembersAndHiddenFromOutsiders() {
        var today = noon();
        var owner = registerVerified();
        var moderator = registerVerified();
        var member = registerVerified();
        var outsider = registerVerified();
        var teamId = assertSuccess(api.post("/v1/teams", body("name", "Walkers " + UUID.randomUUID().toString()
                .substring(0, 8), "visibility", "private"), owner.accessToken()), 201).path("id").asString();
        for (var user : new TestUser[] { moderator, member }) {
            var code = assertSuccess(api.post("/v1/teams/" + teamId + "/invite-codes", "{}", owner.accessToken()),
                    201).path("code").asString();
            assertSuccess(api.post("/v1/teams/join-with-code", body("code", code), user.accessToken()), 200);
        }
        assertSuccess(api.patch("/v1/teams/" + teamId + "/members/" + moderator.id() + "/role",
                body("role", "moderator"), owner.accessToken()), 200);

        assertError(api.post("/v1/challenges", challenge(today.plusDays(1), today.plusDays(20), "teamId", teamId),
                member.accessToken()), 403, "FORBIDDEN");
        assertError(api.post("/v1/challenges", challenge(today.plusDays(1), today.plusDays(20), "teamId", teamId),
                outsider.accessToken()), 404, "NOT_FOUND");
        var id = create(moderator, challenge(today.plusDays(1), today.plusDays(20), "teamId", teamId));

        assertThat(join(id, member).path("joined").asBoolean()).isTrue();
        assertError(api.get("/v1/challenges/" + id, outsider.accessToken()), 404, "NOT_FOUND");
        assertError(api.post("/v1/challenges/" + id + "/join", "", outsider.accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/v1/challenges/" + id + "/leaderboard", outsider.accessToken()), 404, "NOT_FOUND");
        assertThat(ids(api.get("/v1/challenges?status=upcoming&limit=100", outsider.accessToken())))
                .doesNotContain(id);
        assertThat(ids(api.get("/v1/challenges?status=upcoming&limit=100", member.accessToken()))).contains(id);
        assertError(api.patch("/v1/challenges/" + id, body("name", "Mine now"), member.accessToken()), 403,
                "FORBIDDEN");
        assertSuccess(api.patch("/v1/challenges/" + id, body("name", "Ours"), owner.accessToken()), 200);
    }

    @Test
    void creatingAndJoiningNeedAVerifiedAddress() {
        var today = noon();
        var unverified = register();
        var creator = registerVerified();
        var id = create(creator, challenge(today.plusDays(1), today.plusDays(20)));

        assertThat(api.post("/v1/challenges", challenge(today, today.plusDays(7)), unverified.accessToken()).status())
                .isEqualTo(403);
        assertThat(api.post("/v1/challenges/" + id + "/join", "", unverified.accessToken()).status()).isEqualTo(403);
    }

    private static List<String> fields(JsonNode error) {
        var fields = new ArrayList<String>();
        error.path("details").forEach(detail -> fields.add(detail.path("field").asString()));
        return fields;
    }

    private static List<String> ids(Api.Response response) {
        var ids = new ArrayList<String>();
        assertSuccess(response, 200).forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
