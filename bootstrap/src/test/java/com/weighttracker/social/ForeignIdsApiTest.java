package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.TestImages;

/**
 * Another user's ids on every social endpoint: an outsider of a team learns nothing of its posts,
 * comments and images (404 everywhere), and nobody edits or deletes someone else's public post,
 * comment or image (404 too), and nothing changed afterwards.
 */
class ForeignIdsApiTest extends SocialApiTest {

    @Test
    void anOutsiderGetsNotFoundOnEveryEndpointOfATeamPost() {
        var crew = crew();
        var post = teamPost(crew.member(), crew.teamId(), "Members only");
        var comment = assertSuccess(api.post("/v1/posts/" + post + "/comments", body("content", "Inside"),
                crew.member().accessToken()), 201).path("id").asString();
        var image = upload(post, crew.member()).header("Location");
        var token = crew.outsider().accessToken();

        var calls = new LinkedHashMap<String, Supplier<Api.Response>>();
        calls.put("read the post", () -> api.get("/v1/posts/" + post, token));
        calls.put("edit the post", () -> api.patch("/v1/posts/" + post, body("content", "x"), token));
        calls.put("delete the post", () -> api.delete("/v1/posts/" + post, token));
        calls.put("like it", () -> put("/v1/posts/" + post + "/like", token));
        calls.put("unlike it", () -> api.delete("/v1/posts/" + post + "/like", token));
        calls.put("read its comments", () -> api.get("/v1/posts/" + post + "/comments", token));
        calls.put("comment", () -> api.post("/v1/posts/" + post + "/comments", body("content", "x"), token));
        calls.put("reply", () -> api.post("/v1/posts/" + post + "/comments", body("content", "x", "parentId",
                comment), token));
        calls.put("edit the comment", () -> api.patch("/v1/comments/" + comment, body("content", "x"), token));
        calls.put("delete the comment", () -> api.delete("/v1/comments/" + comment, token));
        calls.put("add an image", () -> upload(post, crew.outsider()));
        calls.put("read the image", () -> api.get(image, token));
        calls.put("delete the image", () -> api.delete(image, token));
        calls.put("report the post", () -> api.post("/v1/posts/" + post + "/reports", body("reason", "x"), token));
        calls.put("report the comment", () -> api.post("/v1/comments/" + comment + "/reports", body("reason", "x"),
                token));
        calls.put("moderate the post", () -> api.post("/v1/moderation/posts/" + post + "/remove", "", token));
        calls.put("moderate the comment", () -> api.post("/v1/moderation/comments/" + comment + "/remove", "",
                token));
        calls.put("read the team's queue", () -> api.get("/v1/moderation/queue?teamId=" + crew.teamId(), token));
        calls.put("read the member's history", () -> api.get("/v1/moderation/users/" + crew.member().id()
                + "/content?teamId=" + crew.teamId(), token));
        calls.put("read the team feed", () -> api.get("/v1/posts?scope=team&teamId=" + crew.teamId(), token));
        calls.put("post to the team", () -> api.post("/v1/posts", body("content", "x", "visibility", "team", "teamId",
                crew.teamId()), token));
        calls.forEach((call, request) -> assertThat(request.get().status()).as(call).isEqualTo(404));

        var read = assertSuccess(api.get("/v1/posts/" + post, crew.member().accessToken()), 200);
        assertThat(read.path("content").asString()).isEqualTo("Members only");
        assertThat(read.path("likeCount").asInt()).isZero();
        assertThat(read.path("commentCount").asInt()).isEqualTo(1);
        assertThat(read.path("imageUrls")).hasSize(1);
    }

    @Test
    void nobodyChangesSomeoneElsesPublicContent() {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = publicPost(anna, "Anna's");
        var comment = assertSuccess(api.post("/v1/posts/" + post + "/comments", body("content", "Anna's comment"),
                anna.accessToken()), 201).path("id").asString();
        var image = upload(post, anna).header("Location");
        var token = bob.accessToken();

        var calls = new LinkedHashMap<String, Supplier<Api.Response>>();
        calls.put("edit the post", () -> api.patch("/v1/posts/" + post, body("content", "x"), token));
        calls.put("delete the post", () -> api.delete("/v1/posts/" + post, token));
        calls.put("edit the comment", () -> api.patch("/v1/comments/" + comment, body("content", "x"), token));
        calls.put("delete the comment", () -> api.delete("/v1/comments/" + comment, token));
        calls.put("add an image", () -> upload(post, bob));
        calls.put("delete the image", () -> api.delete(image, token));
        calls.forEach((call, request) -> assertThat(request.get().status()).as(call).isEqualTo(404));

        var read = assertSuccess(api.get("/v1/posts/" + post, token), 200);
        assertThat(read.path("content").asString()).isEqualTo("Anna's");
        assertThat(read.path("commentCount").asInt()).isEqualTo(1);
        assertThat(read.path("imageUrls")).hasSize(1);
    }

    private Api.Response upload(String post, com.weighttracker.support.TestUser user) {
        return api.send(api.request("/v1/posts/" + post + "/images", user.accessToken())
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(TestImages.png(4, 4))));
    }
}
