package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** FR-4.1.2 over HTTP: comments, replies three levels deep, editing, deleting and moderating them. */
class CommentApiTest extends SocialApiTest {

    @Test
    void repliesNestThreeLevelsAndNoDeeper() {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = publicPost(anna, "Ask me anything");

        var first = comment(bob, post, null, "Level one");
        var second = comment(anna, post, first, "Level two");
        var third = comment(bob, post, second, "Level three");

        var error = assertError(api.post("/v1/posts/" + post + "/comments", body("parentId", third, "content",
                "Level four"), anna.accessToken()), 409, "COMMENT_NESTING_TOO_DEEP");
        assertThat(error.path("message").asString()).contains("3 levels");
        var list = api.get("/v1/posts/" + post + "/comments", anna.accessToken());
        var items = assertSuccess(list, 200);
        assertThat(ids(items)).containsExactly(first, second, third);
        assertThat(items.get(2).path("depth").asInt()).isEqualTo(3);
        assertThat(items.get(2).path("parentId").asString()).isEqualTo(second);
        assertThat(items.get(0).path("parentId").isNull()).isTrue();
        assertThat(assertSuccess(api.get("/v1/posts/" + post, anna.accessToken()), 200).path("commentCount").asInt())
                .isEqualTo(3);
    }

    @Test
    void commentsArePaginated() {
        var anna = registerVerified();
        var post = publicPost(anna, "Count off");
        for (var i = 1; i <= 5; i++) {
            comment(anna, post, null, "comment " + i);
        }

        var page = api.get("/v1/posts/" + post + "/comments?page=2&limit=2", anna.accessToken());

        assertThat(assertSuccess(page, 200)).hasSize(2);
        assertThat(page.body().path("pagination").path("totalItems").asInt()).isEqualTo(5);
        assertThat(page.body().path("pagination").path("totalPages").asInt()).isEqualTo(3);
        assertThat(assertSuccess(page, 200).get(0).path("content").asString()).isEqualTo("comment 3");
        assertInvalidFields(api.get("/v1/posts/" + post + "/comments?limit=101", anna.accessToken()), "limit");
    }

    @Test
    void refusesBadCommentsWithTheirFields() {
        var anna = registerVerified();
        var post = publicPost(anna, "Say something");
        var other = publicPost(anna, "Another post");
        var elsewhere = comment(anna, other, null, "elsewhere");
        assertInvalidFields(api.post("/v1/posts/" + post + "/comments", body("content", " "), anna.accessToken()),
                "content");
        assertInvalidFields(api.post("/v1/posts/" + post + "/comments", body("content", "x".repeat(2001)),
                anna.accessToken()), "content");
        assertInvalidFields(api.post("/v1/posts/" + post + "/comments", body("content", "<i>hi</i>"),
                anna.accessToken()), "content");
        assertError(api.post("/v1/posts/" + post + "/comments", body("parentId", elsewhere, "content", "hi"),
                anna.accessToken()), 404, "NOT_FOUND");
        assertError(api.post("/v1/posts/" + post + "/comments", body("parentId", UUID.randomUUID(), "content", "hi"),
                anna.accessToken()), 404, "NOT_FOUND");
        assertError(api.post("/v1/posts/" + UUID.randomUUID() + "/comments", body("content", "hi"),
                anna.accessToken()), 404, "NOT_FOUND");
        assertError(api.post("/v1/posts/" + post + "/comments", body("content", "hi"), register().accessToken()), 403,
                "EMAIL_NOT_VERIFIED");
    }

    @Test
    void onlyTheAuthorEditsOrDeletesAndDeletingTakesTheRepliesAlong() {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = publicPost(anna, "Discuss");
        var bobs = comment(bob, post, null, "Bob's take");
        comment(anna, post, bobs, "Anna answers");
        comment(anna, post, null, "Anna again");

        assertError(api.patch("/v1/comments/" + bobs, body("content", "Anna was here"), anna.accessToken()), 404,
                "NOT_FOUND");
        assertError(api.delete("/v1/comments/" + bobs, anna.accessToken()), 404, "NOT_FOUND");
        var edited = assertSuccess(api.patch("/v1/comments/" + bobs, body("content", "Bob's better take"),
                bob.accessToken()), 200);
        assertThat(edited.path("content").asString()).isEqualTo("Bob's better take");
        assertInvalidFields(api.patch("/v1/comments/" + bobs, body("content", "<b>x</b>"), bob.accessToken()),
                "content");

        assertSuccess(api.delete("/v1/comments/" + bobs, bob.accessToken()), 200);

        assertThat(assertSuccess(api.get("/v1/posts/" + post + "/comments", anna.accessToken()), 200)).hasSize(1);
        assertThat(assertSuccess(api.get("/v1/posts/" + post, anna.accessToken()), 200).path("commentCount").asInt())
                .isEqualTo(1);
        assertError(api.delete("/v1/comments/" + UUID.randomUUID(), anna.accessToken()), 404, "NOT_FOUND");
        assertInvalidFields(api.delete("/v1/comments/nope", anna.accessToken()), "commentId");
    }

    @Test
    void teamModeratorsRemoveCommentsOnTeamPosts() {
        var crew = crew();
        var post = teamPost(crew.owner(), crew.teamId(), "Team thread");
        var rude = comment(crew.member(), post, null, "Something rude");

        assertError(api.delete("/v1/comments/" + comment(crew.owner(), post, null, "owner's"),
                crew.member().accessToken()), 404, "NOT_FOUND");
        assertError(api.patch("/v1/comments/" + rude, body("content", "x"), crew.outsider().accessToken()), 404,
                "NOT_FOUND");
        assertSuccess(api.delete("/v1/comments/" + rude, crew.moderator().accessToken()), 200);

        assertThat(ids(assertSuccess(api.get("/v1/posts/" + post + "/comments", crew.owner().accessToken()), 200)))
                .doesNotContain(rude);
    }

    String comment(com.weighttracker.support.TestUser author, String post, String parent, String content) {
        return assertSuccess(api.post("/v1/posts/" + post + "/comments", body("parentId", parent, "content", content),
                author.accessToken()), 201).path("id").asString();
    }
}
