package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.weighttracker.support.TestUser;

/**
 * Milestone posts carry a progress fact from tracking's published query: the percentage always, the
 * mass only for an author whose weights are public, never for one whose weights are private.
 */
class MilestoneApiTest extends SocialApiTest {

    @Test
    void aPrivateUsersMilestoneShowsOnlyAPercentageNeverAMass() {
        var anna = registerVerified(); // weights are private by default
        weighIns(anna);

        var post = publish(anna, body("content", "Five down!", "attachProgress", true));

        assertThat(post.path("type").asString()).isEqualTo("milestone");
        assertThat(post.path("milestone").path("percentLost").decimalValue()).isPositive();
        assertThat(post.path("milestone").path("lostKg").isNull()).isTrue();
        var asOthersSeeIt = assertSuccess(api.get("/v1/posts/" + post.path("id").asString(),
                registerVerified().accessToken()), 200);
        assertThat(asOthersSeeIt.path("milestone").path("lostKg").isNull()).isTrue();
        assertThat(asOthersSeeIt.path("milestone").size())
                .as("percentLost, an empty lostKg and an empty goalReachedAt, nothing else").isEqualTo(3);
        assertThat(asOthersSeeIt.path("milestone").path("goalReachedAt").isNull()).isTrue();
    }

    @Test
    void aPublicUsersMilestoneAlsoShowsTheMassLost() {
        var bob = registerVerified();
        assertSuccess(api.patch("/v1/users/me", body("weightVisibility", "public"), bob.accessToken()), 200);
        weighIns(bob);

        var post = publish(bob, body("type", "milestone", "content", "Progress!", "attachProgress", true));

        assertThat(post.path("milestone").path("lostKg").decimalValue()).isPositive();
        assertThat(assertSuccess(api.get("/v1/posts/" + post.path("id").asString(), registerVerified().accessToken()),
                200).path("milestone").path("lostKg").decimalValue()).isPositive();
    }

    @Test
    void aMilestoneSaysTheGoalWasReachedWithoutItsMassEvenForAPrivateUser() {
        var carla = registerVerified(); // weights private
        var start = clock.instant().minus(Duration.ofDays(20));
        assertSuccess(api.post("/v1/weight-entries", body("weight", 90, "unit", "kg", "recordedAt", start.toString()),
                carla.accessToken()), 201);
        var goal = api.send(api.request("/v1/goal", carla.accessToken()).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"targetWeight\": 89.8, \"unit\": \"kg\"}")));
        assertThat(goal.status()).as(goal.toString()).isIn(200, 201);
        assertSuccess(api.post("/v1/weight-entries", body("weight", 85, "unit", "kg"), carla.accessToken()), 201);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !assertSuccess(api.get("/v1/goal",
                carla.accessToken()), 200).path("reachedAt").isNull());

        var post = publish(carla, body("content", "Made it!", "attachProgress", true));

        var asOthersSeeIt = assertSuccess(api.get("/v1/posts/" + post.path("id").asString(),
                registerVerified().accessToken()), 200).path("milestone");
        assertThat(asOthersSeeIt.path("goalReachedAt").asString()).isNotBlank();
        assertThat(asOthersSeeIt.path("lostKg").isNull()).isTrue();
        assertThat(asOthersSeeIt.toString()).doesNotContain("89.8");
    }

    @Test
    void noWeighInsNoProgressToAttach() {
        assertInvalidFields(api.post("/v1/posts", body("content", "Hi", "attachProgress", true),
                registerVerified().accessToken()), "attachProgress");
    }

    private void weighIns(TestUser user) {
        var start = clock.instant().minus(Duration.ofDays(20));
        assertSuccess(api.post("/v1/weight-entries", body("weight", 90, "unit", "kg", "recordedAt", start.toString()),
                user.accessToken()), 201);
        assertSuccess(api.post("/v1/weight-entries", body("weight", 85, "unit", "kg"), user.accessToken()), 201);
    }
}
