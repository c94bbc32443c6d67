package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
        assertThat(asOthersSeeIt.path("milestone").size()).as("percentLost and an empty lostKg, nothing else")
                .isEqualTo(2);
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
