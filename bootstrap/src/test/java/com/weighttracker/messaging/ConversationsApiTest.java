package com.weighttracker.messaging;

import static com.weighttracker.messaging.MessagingTestSteps.direct;
import static com.weighttracker.messaging.MessagingTestSteps.group;
import static com.weighttracker.messaging.MessagingTestSteps.send;
import static com.weighttracker.messaging.MessagingTestSteps.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestImages;
import com.weighttracker.support.TestUser;

/**
 * Conversations and messages over HTTP (FR-4.2): direct ones once per pair also when both start at
 * once, group admin rules, the edit window, deleting for me or everyone, unread counts, search,
 * idempotent sends, images, cursors, and 404 for everyone outside a conversation.
 */
class ConversationsApiTest extends IntegrationTest {

    @Test
    void aDirectConversationExistsOncePerPairAlsoWhenBothStartItAtOnce() throws Exception {
        for (var round = 0; round < 3; round++) {
            var anna = registerVerified();
            var ben = registerVerified();
            var barrier = new CyclicBarrier(2);
            var fromAnna = CompletableFuture.supplyAsync(() -> startAfter(barrier, anna, ben));
            var fromBen = CompletableFuture.supplyAsync(() -> startAfter(barrier, ben, anna));

            var first = fromAnna.get();
            var second = fromBen.get();

            assertThat(first.data().path("id").asString()).isEqualTo(second.data().path("id").asString());
            assertThat(new int[] { first.status(), second.status() }).containsExactlyInAnyOrder(201, 200);
            assertThat(api.get("/v1/conversations", anna.accessToken()).body().path("pagination").path("totalItems")
                    .asLong()).isEqualTo(1);
        }
    }

    private Api.Response startAfter(CyclicBarrier barrier, TestUser me, TestUser other) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return api.post("/v1/conversations", Api.body("type", "direct", "userId", other.id()), me.accessToken());
    }

    @Test
    void refusesDirectConversationsWithNobodyOrOneself() {
        var anna = registerVerified();

        var unknown = api.post("/v1/conversations", Api.body("type", "direct", "userId", UUID.randomUUID().toString()),
                anna.accessToken());
        var self = api.post("/v1/conversations", Api.body("type", "direct", "userId", anna.id()), anna.accessToken());
        var badType = api.post("/v1/conversations", Api.body("type", "channel"), anna.accessToken());
        var unverified = api.post("/v1/conversations", Api.body("type", "direct", "userId", anna.id()),
                register().accessToken());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(self.status()).isEqualTo(400);
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.error().path("details").get(0).path("field").asString()).isEqualTo("type");
        assertThat(unverified.status()).isEqualTo(403);
    }

    @Test
    void theOwnerManagesAGroupAndOthersMayOnlyLeave() {
        var owner = registerVerified();
        var ben = register();
        var cleo = register();
        var dan = register();
        var conversation = group(api, owner, "Walkers", ben, cleo);
        var path = "/v1/conversations/" + conversation;

        var benAdds = api.post(path + "/participants", Api.body("userId", dan.id()), ben.accessToken());
        var benRemoves = api.delete(path + "/participants/" + cleo.id(), ben.accessToken());
        var benRenames = api.patch(path, Api.body("name", "Mine now"), ben.accessToken());
        var ownerAdds = api.post(path + "/participants", Api.body("userId", dan.id()), owner.accessToken());
        var addsAgain = api.post(path + "/participants", Api.body("userId", dan.id()), owner.accessToken());
        var ownerRemoves = api.delete(path + "/participants/" + cleo.id(), owner.accessToken());
        var renamed = api.patch(path, Api.body("name", "Morning walkers"), owner.accessToken());
        var benLeaves = api.post(path + "/leave", null, ben.accessToken());

        assertThat(benAdds.status()).isEqualTo(403);
        assertThat(benRemoves.status()).isEqualTo(403);
        assertThat(benRenames.status()).isEqualTo(403);
        assertThat(ownerAdds.status()).isEqualTo(200);
        assertThat(addsAgain.status()).isEqualTo(409);
        assertThat(ownerRemoves.status()).isEqualTo(200);
        assertThat(renamed.data().path("name").asString()).isEqualTo("Morning walkers");
        assertThat(benLeaves.status()).isEqualTo(200);
        assertThat(api.get(path, cleo.accessToken()).status()).as("removed: gone for them").isEqualTo(404);
        assertThat(api.get(path + "/messages", ben.accessToken()).status()).as("left: gone for them").isEqualTo(404);
        var participants = api.get(path, dan.accessToken()).data().path("participants");
        assertThat(participants.valueStream().map(p -> p.path("userId").asString()))
                .containsExactlyInAnyOrder(owner.id(), dan.id());
    }

    @Test
    void anOwnerWhoLeavesHandsTheGroupOnAndDirectConversationsCannotBeLeft() {
        var owner = registerVerified();
        var ben = register();
        var conversation = group(api, owner, "Hand over", ben);
        var pair = direct(api, owner, ben);

        assertThat(api.post("/v1/conversations/" + conversation + "/leave", null, owner.accessToken()).status())
                .isEqualTo(200);
        var leftDirect = api.post("/v1/conversations/" + pair + "/leave", null, ben.accessToken());

        assertThat(api.get("/v1/conversations/" + conversation, ben.accessToken()).data().path("ownerId").asString())
                .isEqualTo(ben.id());
        assertThat(leftDirect.status()).isEqualTo(409);
        assertThat(leftDirect.error().path("code").asString()).isEqualTo("NOT_A_GROUP");
    }

    @Test
    void refusesBadGroups() {
        var owner = registerVerified();

        var noName = api.post("/v1/conversations", Api.body("type", "group", "userIds", java.util.List.of()),
                owner.accessToken());
        var longName = api.post("/v1/conversations", Api.body("type", "group", "name", "x".repeat(101)),
                owner.accessToken());
        var nobody = api.post("/v1/conversations", Api.body("type", "group", "name", "Ghosts", "userIds",
                java.util.List.of(UUID.randomUUID().toString())), owner.accessToken());
        var notIds = api.post("/v1/conversations", Api.body("type", "group", "name", "Ghosts", "userIds",
                java.util.List.of("nope")), owner.accessToken());

        assertThat(noName.status()).isEqualTo(400);
        assertThat(longName.status()).isEqualTo(400);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(notIds.status()).isEqualTo(400);
    }

    @Test
    void aMessageCanBeEditedByItsSenderWithinFiveMinutes() {
        var anna = registerVerified();
        var ben = register();
        var conversation = direct(api, anna, ben);
        var message = send(api, anna, conversation, "tpyo").path("id").asString();

        var byBen = api.patch("/v1/messages/" + message, Api.body("text", "hijack"), ben.accessToken());
        var edited = api.patch("/v1/messages/" + message, Api.body("text", "typo"), anna.accessToken());
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        var late = api.patch("/v1/messages/" + message, Api.body("text", "too late"), anna.accessToken());

        assertThat(byBen.status()).isEqualTo(403);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.data().path("text").asString()).isEqualTo("typo");
        assertThat(edited.data().path("editedAt").isNull()).isFalse();
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.error().path("code").asString()).isEqualTo("EDIT_WINDOW_CLOSED");
    }

    @Test
    void deletingForMeHidesItFromMeAloneAndForEveryoneLeavesATombstone() {
        var anna = registerVerified();
        var ben = register();
        var conversation = direct(api, anna, ben);
        var mine = send(api, anna, conversation, "only I forget this").path("id").asString();
        var gone = send(api, anna, conversation, "nobody sees this").path("id").asString();

        assertThat(api.delete("/v1/messages/" + mine + "?for=me", anna.accessToken()).status()).isEqualTo(200);
        var bensTry = api.delete("/v1/messages/" + gone + "?for=everyone", ben.accessToken());
        assertThat(api.delete("/v1/messages/" + gone + "?for=everyone", anna.accessToken()).status()).isEqualTo(200);
        var badScope = api.delete("/v1/messages/" + gone + "?for=all", anna.accessToken());

        var annas = api.get("/v1/conversations/" + conversation + "/messages", anna.accessToken()).data();
        var bens = api.get("/v1/conversations/" + conversation + "/messages", ben.accessToken()).data();
        assertThat(bensTry.status()).isEqualTo(403);
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(annas.path("messages")).hasSize(1);
        assertThat(annas.path("messages").get(0).path("deleted").asBoolean()).isTrue();
        assertThat(texts(bens)).hasSize(2).first().isEqualTo("only I forget this");
        assertThat(bens.path("messages").get(1).path("text").isNull()).isTrue();
        assertThat(api.patch("/v1/messages/" + mine, Api.body("text", "x"), anna.accessToken()).status())
                .as("deleted for me: not found for me").isEqualTo(404);
    }

    @Test
    void countsUnreadMessagesPerConversationAndInTotalUntilRead() {
        var anna = registerVerified();
        var ben = registerVerified();
        var cleo = register();
        var withAnna = direct(api, ben, anna);
        var withCleo = direct(api, ben, cleo);
        send(api, anna, withAnna, "one");
        var last = send(api, anna, withAnna, "two").path("id").asString();
        send(api, ben, withCleo, "my own does not count");
        send(api, cleo, withCleo, "three");

        var before = api.get("/v1/conversations/unread", ben.accessToken()).data().path("total").asLong();
        var perConversation = api.get("/v1/conversations/" + withAnna, ben.accessToken()).data()
                .path("unreadCount").asLong();
        api.post("/v1/conversations/" + withAnna + "/receipts", Api.body("readUpTo", last), ben.accessToken());
        var after = api.get("/v1/conversations/unread", ben.accessToken()).data().path("total").asLong();

        assertThat(before).isEqualTo(3);
        assertThat(perConversation).isEqualTo(2);
        assertThat(after).isEqualTo(1);
        assertThat(api.get("/v1/conversations/unread", anna.accessToken()).data().path("total").asLong()).isZero();
        send(api, ben, withCleo, "replying reads what came before");
        assertThat(api.get("/v1/conversations/unread", ben.accessToken()).data().path("total").asLong()).isZero();
    }

    @Test
    void searchesOnlyMyOwnConversations() {
        var anna = registerVerified();
        var ben = register();
        var eve = registerVerified();
        var conversation = direct(api, anna, ben);
        var word = "zebra" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        send(api, anna, conversation, "Saw a " + word + " on the morning walk");
        send(api, anna, conversation, "nothing here");
        var eves = direct(api, eve, anna);
        send(api, eve, eves, "eve's own " + word);

        var bens = api.get("/v1/messages/search?q=" + word, ben.accessToken());
        var eveSees = api.get("/v1/messages/search?q=" + word, eve.accessToken());
        var missing = api.get("/v1/messages/search", ben.accessToken());

        assertThat(bens.status()).isEqualTo(200);
        assertThat(bens.data().valueStream().map(m -> m.path("text").asString()))
                .containsExactly("Saw a " + word + " on the morning walk");
        assertThat(eveSees.data().valueStream().map(m -> m.path("text").asString())).containsExactly("eve's own " + word);
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void aRetriedSendWithTheSameClientKeyMakesOneMessage() {
        var anna = registerVerified();
        var ben = register();
        var conversation = direct(api, anna, ben);
        var path = "/v1/conversations/" + conversation + "/messages";

        var first = api.post(path, Api.body("text", "once", "clientKey", "retry-1"), anna.accessToken());
        var retry = api.post(path, Api.body("text", "once", "clientKey", "retry-1"), anna.accessToken());
        var elsewhere = api.post("/v1/conversations/" + group(api, anna, "Other", ben) + "/messages",
                Api.body("text", "once", "clientKey", "retry-1"), anna.accessToken());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.data().path("id").asString()).isEqualTo(first.data().path("id").asString());
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(api.get(path, ben.accessToken()).data().path("messages")).hasSize(1);
    }

    @Test
    void sendsAtOnceTakeConsecutiveSeqsAndARetryRacingItsFirstTryMakesOneMessage() throws Exception {
        var anna = registerVerified();
        var ben = registerVerified();
        var cleo = registerVerified();
        var conversation = group(api, anna, "At once", ben, cleo);
        var path = "/v1/conversations/" + conversation + "/messages";
        var senders = List.of(anna, ben, cleo, anna, ben, cleo, anna, anna);
        var keys = List.of("a-1", "b-1", "c-1", "a-2", "b-2", "c-2", "a-race", "a-race");
        var barrier = new CyclicBarrier(senders.size());
        var sends = new ArrayList<CompletableFuture<Api.Response>>();
        for (var i = 0; i < senders.size(); i++) {
            var sender = senders.get(i);
            var key = keys.get(i);
            sends.add(CompletableFuture.supplyAsync(() -> {
                await(barrier);
                return api.post(path, Api.body("text", key, "clientKey", key), sender.accessToken());
            }));
        }
        var responses = new ArrayList<Api.Response>();
        for (var send : sends) {
            responses.add(send.get());
        }

        var race = responses.subList(6, 8);
        assertThat(race.stream().map(Api.Response::status)).containsExactlyInAnyOrder(201, 200);
        assertThat(race.get(0).data().path("id").asString()).isEqualTo(race.get(1).data().path("id").asString());
        var stored = api.get(path + "?limit=100", ben.accessToken()).data().path("messages");
        assertThat(stored.valueStream().map(message -> message.path("seq").asLong()))
                .as("one message per key, seqs without a gap").containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(stored.valueStream().map(message -> message.path("clientKey").asString()).distinct()).hasSize(7);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesBadMessages() {
        var anna = registerVerified();
        var ben = register();
        var path = "/v1/conversations/" + direct(api, anna, ben) + "/messages";

        assertThat(api.post(path, Api.body("text", "x".repeat(5_001)), anna.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(path, Api.body("text", "x".repeat(5_000)), anna.accessToken()).status()).isEqualTo(201);
        assertThat(api.post(path, Api.body("text", "   "), anna.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(path, Api.body("text", "bell\u0007"), anna.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(path, Api.body("text", "hi", "clientKey", "x".repeat(65)), anna.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.get(path + "?limit=0", anna.accessToken()).status()).isEqualTo(400);
        assertThat(api.get(path + "?before=nope", anna.accessToken()).status()).isEqualTo(400);
        assertThat(api.get(path + "?after=" + UUID.randomUUID(), anna.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void pagesBackwardsTwentyAtATime() {
        var anna = registerVerified();
        var ben = register();
        var conversation = direct(api, anna, ben);
        for (var i = 1; i <= 25; i++) {
            send(api, anna, conversation, "m" + i);
        }

        var latest = api.get("/v1/conversations/" + conversation + "/messages", ben.accessToken()).data();
        var first = latest.path("messages").get(0).path("id").asString();
        var older = api.get("/v1/conversations/" + conversation + "/messages?before=" + first, ben.accessToken())
                .data();

        assertThat(texts(latest)).hasSize(20).first().isEqualTo("m6");
        assertThat(texts(latest)).last().isEqualTo("m25");
        assertThat(latest.path("hasMore").asBoolean()).isTrue();
        assertThat(texts(older)).containsExactly("m1", "m2", "m3", "m4", "m5");
        assertThat(older.path("hasMore").asBoolean()).isFalse();
    }

    @Test
    void sendsAndServesImagesToParticipantsOnly() {
        var anna = registerVerified();
        var ben = register();
        var eve = register();
        var conversation = direct(api, anna, ben);

        var sent = api.send(imageMessage(anna, conversation, TestImages.png(40, 30), "look"));
        var image = sent.data().path("imageUrl").asString();

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.data().path("text").asString()).isEqualTo("look");
        var forBen = api.get(image, ben.accessToken());
        assertThat(forBen.status()).isEqualTo(200);
        assertThat(forBen.header("Content-Type")).isEqualTo("image/png");
        assertThat(api.get(image, eve.accessToken()).status()).isEqualTo(404);
        assertThat(api.send(imageMessage(anna, conversation, "not an image".getBytes(StandardCharsets.UTF_8), null))
                .status()).isEqualTo(400);
    }

    @Test
    void everythingOfAConversationIsNotFoundForOutsiders() {
        var anna = registerVerified();
        var ben = register();
        var eve = registerVerified();
        var conversation = direct(api, anna, ben);
        var message = send(api, anna, conversation, "private").path("id").asString();
        var path = "/v1/conversations/" + conversation;

        var answers = new ArrayList<Integer>();
        answers.add(api.get(path, eve.accessToken()).status());
        answers.add(api.get(path + "/messages", eve.accessToken()).status());
        answers.add(api.post(path + "/messages", Api.body("text", "hi"), eve.accessToken()).status());
        answers.add(api.post(path + "/receipts", Api.body("readUpTo", message), eve.accessToken()).status());
        answers.add(api.patch(path, Api.body("name", "x"), eve.accessToken()).status());
        answers.add(api.post(path + "/leave", null, eve.accessToken()).status());
        answers.add(api.patch("/v1/messages/" + message, Api.body("text", "x"), eve.accessToken()).status());
        answers.add(api.delete("/v1/messages/" + message + "?for=everyone", eve.accessToken()).status());
        answers.add(api.delete("/v1/messages/" + message + "?for=me", eve.accessToken()).status());
        answers.add(api.get("/v1/conversations/" + UUID.randomUUID(), eve.accessToken()).status());

        assertThat(new HashSet<>(answers)).containsExactly(404);
        assertThat(api.get("/v1/conversations", eve.accessToken()).data()).isEmpty();
    }

    private HttpRequest.Builder imageMessage(TestUser sender, String conversation, byte[] image, String text) {
        var boundary = "----weighttracker-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (text != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + text
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(image);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.request("/v1/conversations/" + conversation + "/messages", sender.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
