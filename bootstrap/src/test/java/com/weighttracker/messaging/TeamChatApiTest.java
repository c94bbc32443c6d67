package com.weighttracker.messaging;

import static com.weighttracker.messaging.MessagingTestSteps.awaitSubscribed;
import static com.weighttracker.messaging.MessagingTestSteps.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.user.SimpUserRegistry;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.StompTestClient;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * A team's chat follows the team (FR-4.2.3): made with the team, a member who joins sees it, one who
 * leaves stops receiving its traffic at once and cannot read it any more.
 */
class TeamChatApiTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SimpUserRegistry users;

    @Test
    void aTeamsChatFollowsItsMembership() {
        var owner = registerVerified();
        var ben = registerVerified();
        var team = api.post("/v1/teams", Api.body("name", "Chat " + Long.toString(System.nanoTime() % 1_000_000, 36)),
                owner.accessToken()).data().path("id").asString();

        var chat = awaitChat(owner, team, c -> true);
        assertThat(chat.path("kind").asString()).isEqualTo("team");
        assertThat(api.post("/v1/teams/" + team + "/join", null, ben.accessToken()).status()).isEqualTo(200);
        var chatId = chat.path("id").asString();
        awaitChat(ben, team, c -> true);
        var bens = StompTestClient.connect(port, ben.accessToken());
        var topic = "/topic/conversations/" + chatId;
        var inbox = bens.subscribe(topic);
        var notices = bens.subscribe("/user/queue/conversations");
        awaitSubscribed(users, ben, topic);
        awaitSubscribed(users, ben, "/user/queue/conversations");
        send(api, owner, chatId, "welcome ben");
        assertThat(inbox.next("message").path("text").asString()).isEqualTo("welcome ben");

        assertThat(api.post("/v1/teams/" + team + "/leave", null, ben.accessToken()).status()).isEqualTo(200);
        var removed = notices.next("removed");
        send(api, owner, chatId, "after ben left");

        assertThat(removed.path("conversationId").asString()).isEqualTo(chatId);
        assertThat(inbox.next(Duration.ofMillis(700))).as("no traffic after leaving").isNull();
        assertThat(api.get("/v1/conversations/" + chatId + "/messages", ben.accessToken()).status()).isEqualTo(404);
        assertThat(bens.isConnected()).as("only the subscription ends").isTrue();
        var manualLeave = api.post("/v1/conversations/" + chatId + "/leave", null, owner.accessToken());
        assertThat(manualLeave.status()).isEqualTo(409);
    }

    @Test
    void aDeletedTeamsChatGoesWithIt() {
        var owner = registerVerified();
        var team = api.post("/v1/teams", Api.body("name", "Gone " + Long.toString(System.nanoTime() % 1_000_000, 36)),
                owner.accessToken()).data().path("id").asString();
        var chatId = awaitChat(owner, team, c -> true).path("id").asString();

        assertThat(api.delete("/v1/teams/" + team, owner.accessToken()).status()).isEqualTo(200);

        var until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (api.get("/v1/conversations/" + chatId, owner.accessToken()).status() != 404
                && System.nanoTime() < until) {
            sleep();
        }
        assertThat(api.get("/v1/conversations/" + chatId, owner.accessToken()).status()).isEqualTo(404);
    }

    /** The team's chat in the user's list, once the outbox delivered the team's event. */
    private JsonNode awaitChat(TestUser user, String team, Predicate<JsonNode> matching) {
        var until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            var chat = api.get("/v1/conversations", user.accessToken()).data().valueStream()
                    .filter(c -> team.equals(c.path("teamId").asString())).filter(matching).findFirst();
            if (chat.isPresent()) {
                return chat.get();
            }
            sleep();
        }
        throw new AssertionError("no chat of team " + team + " for " + user.username());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
