package com.weighttracker.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.springframework.messaging.simp.user.SimpUserRegistry;

import com.weighttracker.support.Api;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/** Steps the messaging tests share: conversations and messages over HTTP, waiting for a live subscription. */
public final class MessagingTestSteps {

    private MessagingTestSteps() {
    }

    static String direct(Api api, TestUser me, TestUser other) {
        var response = api.post("/v1/conversations", Api.body("type", "direct", "userId", other.id()),
                me.accessToken());
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.data().path("id").asString();
    }

    static String group(Api api, TestUser owner, String name, TestUser... others) {
        var ids = java.util.Arrays.stream(others).map(TestUser::id).toList();
        var response = api.post("/v1/conversations", Api.body("type", "group", "name", name, "userIds", ids),
                owner.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().path("id").asString();
    }

    static JsonNode send(Api api, TestUser sender, String conversation, String text) {
        var response = api.post("/v1/conversations/" + conversation + "/messages", Api.body("text", text),
                sender.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data();
    }

    static List<String> texts(JsonNode page) {
        return page.path("messages").valueStream().map(m -> m.path("text").asString()).toList();
    }

    /** Waits until the user's subscription to the destination is registered with the broker. */
    public static void awaitSubscribed(SimpUserRegistry users, TestUser user, String destination) {
        var until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            var simpUser = users.getUser(user.id());
            if (simpUser != null && simpUser.getSessions().stream().flatMap(s -> s.getSubscriptions().stream())
                    .anyMatch(s -> s.getDestination().equals(destination))) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(user.username() + " did not get subscribed to " + destination);
    }
}
