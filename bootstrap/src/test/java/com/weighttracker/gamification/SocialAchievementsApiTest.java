package com.weighttracker.gamification;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.gamification.application.port.in.AwardAchievementsUseCase;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * The two social achievements over HTTP: the tenth post earns "Storyteller" once, the tenth like on
 * the author's tips (from ten other users; likes on other posts and the author's own like do not
 * count) earns "Helpful hand" once, and redelivered events change nothing.
 */
class SocialAchievementsApiTest extends IntegrationTest {

    @Autowired
    private AwardAchievementsUseCase awards;

    @Test
    void theTenthPostUnlocksStorytellerOnceAlsoUnderRedelivery() {
        var author = registerVerified();
        var posts = new ArrayList<String>();
        for (var i = 0; i < 9; i++) {
            posts.add(post(author, "general", "Day " + i + " went fine."));
        }
        // nine posts, and a redelivery of one of them, are not ten
        awards.postPublished(UserId.of(author.id()), UUID.fromString(posts.get(0)), clock.instant());
        awaitPoints(author, 0);
        assertThat(codes(author)).doesNotContain("posts_10");

        posts.add(post(author, "general", "Day ten."));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> codes(author).contains("posts_10"));
        var points = Achievement.POSTS_10.points();
        awaitPoints(author, points);
        for (var post : posts) {
            awards.postPublished(UserId.of(author.id()), UUID.fromString(post), clock.instant());
        }
        assertThat(codes(author)).containsOnlyOnce("posts_10");
        assertThat(showcase(author).path("points").asInt()).isEqualTo(points);
    }

    @Test
    void tenLikesOnTipsFromOthersUnlockHelpfulHandOnce() {
        var author = registerVerified();
        var tip = post(author, "tip", "Drink a glass of water before meals.");
        var general = post(author, "general", "Nice weather today.");
        like(author, tip);
        var likers = new ArrayList<TestUser>();
        for (var i = 0; i < 10; i++) {
            likers.add(registerVerified());
        }
        for (var liker : likers.subList(0, 9)) {
            like(liker, tip);
            like(liker, general);
        }
        // nine likes from others (the author's own and those on a general post do not count), one redelivered
        awards.tipLiked(UserId.of(author.id()), UUID.fromString(tip), UserId.of(likers.get(0).id()),
                clock.instant());
        awaitPoints(author, 0);
        assertThat(codes(author)).doesNotContain("tip_likes_10");

        like(likers.get(9), tip);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> codes(author).contains("tip_likes_10"));
        awards.tipLiked(UserId.of(author.id()), UUID.fromString(tip), UserId.of(likers.get(9).id()),
                clock.instant());
        assertThat(codes(author)).containsOnlyOnce("tip_likes_10");
        awaitPoints(author, Achievement.TIP_LIKES_10.points());
    }

    @Test
    void theCatalogueListsBothWithTheirIcons() {
        var user = register();
        var catalogue = assertSuccess(api.get("/v1/achievements", user.accessToken()), 200).toString();
        assertThat(catalogue).contains("posts_10", "tip_likes_10");
        for (var code : List.of("posts_10", "tip_likes_10")) {
            var icon = api.send(api.request("/v1/achievements/" + code + "/icon.svg", null).GET());
            assertThat(icon.status()).as(icon.toString()).isEqualTo(200);
        }
    }

    private String post(TestUser author, String type, String content) {
        return assertSuccess(api.post("/v1/posts", body("type", type, "content", content), author.accessToken()), 201)
                .path("id").asString();
    }

    private void like(TestUser liker, String post) {
        var response = api.send(api.request("/v1/posts/" + post + "/like", liker.accessToken())
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** Points settle once every event published so far was handled: the outbox is drained in order here. */
    private void awaitPoints(TestUser user, int points) {
        Awaitility.await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(20))
                .until(() -> showcase(user).path("points").asInt() == points);
    }

    private JsonNode showcase(TestUser user) {
        return assertSuccess(api.get("/v1/users/" + user.id() + "/achievements", user.accessToken()), 200);
    }

    private List<String> codes(TestUser user) {
        var codes = new ArrayList<String>();
        showcase(user).path("achievements").forEach(a -> codes.add(a.path("code").asString()));
        return codes;
    }

    private static JsonNode assertSuccess(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.data();
    }
}
