package com.weighttracker.messaging;

import static com.weighttracker.messaging.MessagingTestSteps.direct;
import static com.weighttracker.messaging.MessagingTestSteps.group;
import static com.weighttracker.messaging.MessagingTestSteps.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/**
 * Social's blocks reach direct messages (FR-4.1.4, FR-4.2): a blocked pair can neither start a direct
 * conversation nor send in one they already had, in either direction; groups they share are unchanged.
 */
class BlockedMessagingApiTest extends IntegrationTest {

    @Test
    void aBlockedPairCannotStartADirectConversationInEitherDirection() {
        var anna = registerVerified();
        var ben = registerVerified();
        block(anna, ben);

        var fromAnna = api.post("/v1/conversations", Api.body("type", "direct", "userId", ben.id()), anna.accessToken());
        var fromBen = api.post("/v1/conversations", Api.body("type", "direct", "userId", anna.id()), ben.accessToken());

        assertRefused(fromAnna);
        assertRefused(fromBen);

        unblock(anna, ben);
        direct(api, ben, anna);
    }

    @Test
    void aBlockedPairCannotSendInTheirExistingDirectConversationButGroupsAreUnchanged() {
        var anna = registerVerified();
        var ben = registerVerified();
        var carol = registerVerified();
        var conversation = direct(api, anna, ben);
        var groupChat = group(api, anna, "Walkers", ben, carol);
        send(api, ben, conversation, "before the block");
        block(ben, anna);

        var fromAnna = api.post("/v1/conversations/" + conversation + "/messages", Api.body("text", "hello?"),
                anna.accessToken());
        var fromBen = api.post("/v1/conversations/" + conversation + "/messages", Api.body("text", "hi"),
                ben.accessToken());

        assertRefused(fromAnna);
        assertRefused(fromBen);
        send(api, anna, groupChat, "still in the group");
        send(api, ben, groupChat, "me too");
        var history = api.get("/v1/conversations/" + conversation + "/messages", anna.accessToken());
        assertThat(MessagingTestSteps.texts(history.data())).containsExactly("before the block");
    }

    private static void assertRefused(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.body().path("success").asBoolean()).isFalse();
        assertThat(response.error().path("code").asString()).isEqualTo("CANNOT_MESSAGE_USER");
    }

    private void block(TestUser blocker, TestUser blocked) {
        var response = api.send(api.request("/v1/users/" + blocked.id() + "/block", blocker.accessToken())
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void unblock(TestUser blocker, TestUser blocked) {
        var response = api.delete("/v1/users/" + blocked.id() + "/block", blocker.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
