package com.weighttracker.notifications;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.notifications.application.port.in.SourceEventsUseCase;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/** What today's sources tell people: a decided join request (through teams' event), a goal reached. */
class SourceEventsApiTest extends IntegrationTest {

    @Autowired
    private SourceEventsUseCase sources;

    @Test
    void theRequesterHearsThatTheirJoinRequestWasApproved() {
        var owner = registerVerified();
        var team = api.post("/v1/teams", body("name", "Quiet Walkers " + System.nanoTime() % 100_000, "visibility",
                "private"), owner.accessToken()).data().path("id").asString();
        var bob = registerVerified();
        var request = api.post("/v1/teams/" + team + "/join-requests", body("message", "hi"), bob.accessToken())
                .data().path("id").asString();

        assertThat(api.post("/v1/teams/" + team + "/join-requests/" + request + "/approve", "", owner.accessToken())
                .status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> centre(bob).contains("Join request approved"));
        assertThat(centre(bob)).contains("/teams/" + team);
    }

    @Test
    void teammatesHearOfAReachedGoalWithTheWeightOnlyWhenItIsShared() {
        var owner = registerVerified();
        var team = api.post("/v1/teams", body("name", "Goal Getters " + System.nanoTime() % 100_000, "visibility",
                "public"), owner.accessToken()).data().path("id").asString();
        var mate = registerVerified();
        assertThat(api.post("/v1/teams/" + team + "/join", "", mate.accessToken()).status()).isIn(200, 201);
        assertThat(api.patch("/v1/users/me", "{\"weightVisibility\": \"private\"}", owner.accessToken()).status())
                .isEqualTo(200);

        sources.goalReached(UserId.of(owner.id()), Mass.kilograms(75), clock.instant());

        assertThat(centre(owner)).contains("Goal reached!", "75 kg");
        // the texts, not the whole items: an id may contain "75"
        assertThat(centre(mate)).contains("reached their goal");
        assertThat(texts(mate)).doesNotContain("75");

        api.patch("/v1/users/me", "{\"weightVisibility\": \"public\"}", owner.accessToken());
        sources.goalReached(UserId.of(owner.id()), Mass.kilograms(72), clock.instant().plusSeconds(1));

        assertThat(centre(mate)).contains("reached their goal of 72 kg");
    }

    private String texts(TestUser user) {
        var items = api.get("/v1/notifications", user.accessToken()).data().path("items");
        var texts = new StringBuilder();
        items.forEach(item -> texts.append(item.path("title").asString()).append(' ')
                .append(item.path("body").asString()).append(' '));
        return texts.toString();
    }

    private String centre(TestUser user) {
        return api.get("/v1/notifications", user.accessToken()).data().path("items").toString();
    }
}
