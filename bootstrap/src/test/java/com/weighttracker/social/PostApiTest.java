package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** FR-4.1.1 over HTTP: writing, reading, editing and deleting posts, and who may do which. */
class PostApiTest extends SocialApiTest {

    @Test
    void publishesAPlainTextPostWithNormalisedTags() {
        var anna = registerVerified();

        var post = publish(anna, body("type", "tip", "title", "  Water first ", "content", "Drink a glass before meals.",
                "tags", List.of("#Hydration", "hydration", "Habits")));

        assertThat(post.path("type").asString()).isEqualTo("tip");
        assertThat(post.path("title").asString()).isEqualTo("Water first");
        assertThat(post.path("tags").toString()).isEqualTo("[\"hydration\",\"habits\"]");
        assertThat(post.path("visibility").asString()).isEqualTo("public");
        assertThat(post.path("status").asString()).isEqualTo("visible");
        assertThat(post.path("author").path("id").asString()).isEqualTo(anna.id());
        assertThat(post.path("author").path("username").asString()).isEqualTo(anna.username());
        assertThat(post.path("likeCount").asInt()).isZero();
        assertThat(post.path("likedByMe").asBoolean(true)).isFalse();
        var read = assertSuccess(api.get("/v1/posts/" + post.path("id").asString(), registerVerified().accessToken()),
                200);
        assertThat(read.path("content").asString()).isEqualTo("Drink a glass before meals.");
    }

    @Test
    void refusesBrokenLimitsAllAtOnce() {
        var anna = registerVerified();
        assertInvalidFields(api.post("/v1/posts", body("title", "t".repeat(101), "content", "x".repeat(5001), "tags",
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")), anna.accessToken()),
                "title", "content", "tags");
        assertInvalidFields(api.post("/v1/posts", body("content", "   "), anna.accessToken()), "content");
        assertInvalidFields(api.post("/v1/posts", body("title", "no content"), anna.accessToken()), "content");
        assertInvalidFields(api.post("/v1/posts", body("content", "ok", "tags", List.of("two words")),
                anna.accessToken()), "tags");
        assertInvalidFields(api.post("/v1/posts", body("content", "ok", "type", "rant"), anna.accessToken()), "type");
        assertInvalidFields(api.post("/v1/posts", body("content", "ok", "visibility", "team"), anna.accessToken()),
                "teamId");
        assertThat(publish(anna, body("content", "x".repeat(5000), "title", "t".repeat(100))).path("content")
                .asString()).hasSize(5000);
    }

    @Test
    void refusesHtmlNamingTheField() {
        var anna = registerVerified();
        assertInvalidFields(api.post("/v1/posts", body("content", "Hi <script>alert(1)</script>"),
                anna.accessToken()), "content");
        assertInvalidFields(api.post("/v1/posts", body("title", "<b>bold</b>", "content", "fine"),
                anna.accessToken()), "title");
        assertInvalidFields(api.post("/v1/posts", body("content", "a &amp; b"), anna.accessToken()), "content");
        var error = api.post("/v1/posts", body("content", "<img src=x onerror=alert(1)>"), anna.accessToken());
        assertThat(error.error().path("details").get(0).path("message").asString()).contains("plain text");
        assertThat(publish(anna, body("content", "I lost < 1 kg & I'm <3 happy")).path("content").asString())
                .isEqualTo("I lost < 1 kg & I'm <3 happy");
    }

    @Test
    void unverifiedUsersCannotPostButCanRead() {
        var unverified = register();
        var post = publicPost(registerVerified(), "Hello everyone");

        assertError(api.post("/v1/posts", body("content", "Me too"), unverified.accessToken()), 403,
                "EMAIL_NOT_VERIFIED");
        assertSuccess(api.get("/v1/posts/" + post, unverified.accessToken()), 200);
    }

    @Test
    void theAuthorEditsWithinTwentyFourHoursOnly() {
        var anna = registerVerified();
        var post = publicPost(anna, "First version");

        clock.advance(Duration.ofHours(23));
        anna = logIn(anna); // the token of the first hour has expired
        var edited = assertSuccess(api.patch("/v1/posts/" + post, body("content", "Second version", "title", "Now"),
                anna.accessToken()), 200);
        assertThat(edited.path("content").asString()).isEqualTo("Second version");
        assertThat(edited.path("title").asString()).isEqualTo("Now");
        assertThat(edited.path("updatedAt").asString()).isNotEqualTo(edited.path("createdAt").asString());
        assertSuccess(api.patch("/v1/posts/" + post, body("title", null), anna.accessToken()), 200);

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        anna = logIn(anna);
        var error = assertError(api.patch("/v1/posts/" + post, body("content", "Too late"), anna.accessToken()), 409,
                "EDIT_WINDOW_CLOSED");
        assertThat(error.path("message").asString()).contains("24 hours");
        assertInvalidFields(api.patch("/v1/posts/" + publicPost(anna, "fresh"), body("content", null),
                anna.accessToken()), "content");
    }

    @Test
    void anotherUsersPostCannotBeEditedOrDeletedAndSaysNotFound() {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = publicPost(anna, "Anna's post");

        assertError(api.patch("/v1/posts/" + post, body("content", "Bob was here"), bob.accessToken()), 404,
                "NOT_FOUND");
        assertError(api.delete("/v1/posts/" + post, bob.accessToken()), 404, "NOT_FOUND");
        assertThat(assertSuccess(api.get("/v1/posts/" + post, bob.accessToken()), 200).path("content").asString())
                .isEqualTo("Anna's post");

        assertSuccess(api.delete("/v1/posts/" + post, anna.accessToken()), 200);
        assertError(api.get("/v1/posts/" + post, anna.accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/v1/posts/" + UUID.randomUUID(), anna.accessToken()), 404, "NOT_FOUND");
        assertInvalidFields(api.get("/v1/posts/not-a-uuid", anna.accessToken()), "postId");
    }

    @Test
    void teamPostsAreForMembersOnly() {
        var crew = crew();
        var post = teamPost(crew.member(), crew.teamId(), "Team only");

        assertSuccess(api.get("/v1/posts/" + post, crew.owner().accessToken()), 200);
        assertError(api.get("/v1/posts/" + post, crew.outsider().accessToken()), 404, "NOT_FOUND");
        assertError(put("/v1/posts/" + post + "/like", crew.outsider().accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/v1/posts/" + post + "/comments", crew.outsider().accessToken()), 404, "NOT_FOUND");
        assertError(api.post("/v1/posts/" + post + "/comments", body("content", "hi"),
                crew.outsider().accessToken()), 404, "NOT_FOUND");
        assertError(api.post("/v1/posts", body("content", "sneaky", "visibility", "team", "teamId", crew.teamId()),
                crew.outsider().accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void teamModeratorsRemoveTeamPostsButMembersCannot() {
        var crew = crew();
        var post = teamPost(crew.member(), crew.teamId(), "Off topic");
        var other = teamPost(crew.owner(), crew.teamId(), "The owner's");

        assertError(api.delete("/v1/posts/" + other, crew.member().accessToken()), 404, "NOT_FOUND");
        assertSuccess(api.delete("/v1/posts/" + post, crew.moderator().accessToken()), 200);

        assertError(api.get("/v1/posts/" + post, crew.member().accessToken()), 404, "NOT_FOUND");
        assertThat(ids(feed(crew.owner(), "scope=team&teamId=" + crew.teamId()).path("items")))
                .contains(other).doesNotContain(post);
    }

    @Test
    void keywordFilterHoldsAPostForReviewVisibleOnlyToItsAuthor() {
        var anna = registerVerified();
        var held = publish(anna, body("content", "My trick: EAT 500 CALORIES a day and nothing else"));
        assertThat(held.path("status").asString()).isEqualTo("held");
        var id = held.path("id").asString();

        assertSuccess(api.get("/v1/posts/" + id, anna.accessToken()), 200);
        assertError(api.get("/v1/posts/" + id, registerVerified().accessToken()), 404, "NOT_FOUND");
        assertThat(ids(feed(anna, "scope=mine").path("items"))).contains(id);
        assertThat(ids(feed(anna, "scope=public&authorId=" + anna.id()).path("items"))).doesNotContain(id);
    }
}
