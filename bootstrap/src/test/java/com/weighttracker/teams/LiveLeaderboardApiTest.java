package com.weighttracker.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.user.SimpUserRegistry;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.StompTestClient;
import com.weighttracker.support.TestUser;

/**
 * Live leaderboards over STOMP: members of a team (only they, public team or not) hear on
 * {@code /topic/teams/<id>/leaderboard} that its board changed, and refetch it; the notice carries
 * no figures, so nobody's privacy depends on who subscribed. A member who leaves stops hearing it.
 */
class LiveLeaderboardApiTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SimpUserRegistry users;

    @Test
    void membersHearThatTheBoardChangedAndOutsidersMayNotListen() {
        var owner = registerVerified();
        var ben = registerVerified();
        var eve = register();
        var team = api.post("/v1/teams", Api.body("name", "Live " + Long.toString(System.nanoTime() % 1_000_000, 36)),
                owner.accessToken()).data().path("id").asString();
        assertThat(api.post("/v1/teams/" + team + "/join", null, ben.accessToken()).status()).isEqualTo(200);
        var topic = "/topic/teams/" + team + "/leaderboard";
        var owners = StompTestClient.connect(port, owner.accessToken());
        var board = owners.subscribe(topic);
        var outsider = StompTestClient.connect(port, eve.accessToken());
        var peeking = outsider.subscribe(topic);
        awaitSubscribed(owner, topic);

        assertThat(api.post("/v1/weight-entries", Api.body("weight", 81.5, "unit", "kg"), ben.accessToken())
                .status()).isEqualTo(201);

        var notice = board.next("leaderboard.changed");
        assertThat(notice.path("teamId").asString()).isEqualTo(team);
        assertThat(notice.properties()).extracting(java.util.Map.Entry::getKey).containsOnly("type", "teamId");
        assertThat(outsider.refusal()).contains("may not subscribe");
        assertThat(peeking.next(Duration.ofMillis(300))).isNull();
    }

    @Test
    void aMemberWhoLeavesStopsHearingTheBoard() {
        var owner = registerVerified();
        var ben = registerVerified();
        var team = api.post("/v1/teams", Api.body("name", "Leave " + Long.toString(System.nanoTime() % 1_000_000, 36)),
                owner.accessToken()).data().path("id").asString();
        assertThat(api.post("/v1/teams/" + team + "/join", null, ben.accessToken()).status()).isEqualTo(200);
        var topic = "/topic/teams/" + team + "/leaderboard";
        var bens = StompTestClient.connect(port, ben.accessToken());
        var board = bens.subscribe(topic);
        awaitSubscribed(ben, topic);

        assertThat(api.post("/v1/teams/" + team + "/leave", null, ben.accessToken()).status()).isEqualTo(200);
        awaitUnsubscribed(ben, topic);
        board.next(Duration.ofMillis(300));
        api.post("/v1/weight-entries", Api.body("weight", 80, "unit", "kg"), owner.accessToken());

        assertThat(board.next(Duration.ofMillis(700))).isNull();
        assertThat(bens.isConnected()).isTrue();
    }

    private void awaitSubscribed(TestUser user, String destination) {
        await(user, destination, true);
    }

    private void awaitUnsubscribed(TestUser user, String destination) {
        await(user, destination, false);
    }

    private void await(TestUser user, String destination, boolean subscribed) {
        var until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            var simpUser = users.getUser(user.id());
            var found = simpUser != null && simpUser.getSessions().stream().flatMap(s -> s.getSubscriptions().stream())
                    .anyMatch(s -> s.getDestination().equals(destination));
            if (found == subscribed) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(user.username() + (subscribed ? " not subscribed to " : " still subscribed to ")
                + destination);
    }
}
