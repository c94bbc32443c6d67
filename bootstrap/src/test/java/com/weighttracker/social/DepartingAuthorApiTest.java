package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;

/**
 * Identity's lifecycle in social: the posts and comments of a user pending deletion disappear, come
 * back when they log in again, and are deleted with their likes when they are purged.
 */
class DepartingAuthorApiTest extends SocialApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    private PurgeDeletedAccountsUseCase purge;

    @Test
    void aLeavingAuthorsContentDisappearsAndComesBackWhenTheyReturn() {
        var anna = registerVerified();
        var bob = registerVerified();
        var tag = unique("leaving");
        var bobsPost = publish(bob, body("content", "Bob's", "tags", List.of(tag))).path("id").asString();
        var annasPost = publish(anna, body("content", "Anna's", "tags", List.of(tag))).path("id").asString();
        assertSuccess(api.post("/v1/posts/" + annasPost + "/comments", body("content", "Bob comments"),
                bob.accessToken()), 201);

        assertSuccess(api.delete("/v1/users/me", bob.accessToken()), 200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(feed(anna, "tag=" + tag).path("items")))
                .containsExactly(annasPost));
        assertError(api.get("/v1/posts/" + bobsPost, anna.accessToken()), 404, "NOT_FOUND");
        assertThat(assertSuccess(api.get("/v1/posts/" + annasPost + "/comments", anna.accessToken()), 200)).isEmpty();

        logIn(bob);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(feed(anna, "tag=" + tag).path("items")))
                .containsExactly(annasPost, bobsPost));
        assertThat(assertSuccess(api.get("/v1/posts/" + annasPost + "/comments", anna.accessToken()), 200)).hasSize(1);
    }

    @Test
    void aPurgedAuthorsPostsCommentsAndLikesAreDeleted() {
        var anna = registerVerified();
        var bob = registerVerified();
        var tag = unique("purged");
        var bobsPost = publish(bob, body("content", "Bob's", "tags", List.of(tag))).path("id").asString();
        var annasPost = publish(anna, body("content", "Anna's", "tags", List.of(tag))).path("id").asString();
        assertSuccess(api.post("/v1/posts/" + annasPost + "/comments", body("content", "Bob comments"),
                bob.accessToken()), 201);
        assertSuccess(put("/v1/posts/" + annasPost + "/like", bob.accessToken()), 200);
        assertSuccess(api.delete("/v1/users/me", bob.accessToken()), 200);
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        anna = logIn(anna);
        var reader = anna;

        purge.purgeDue();

        await().atMost(PATIENCE).untilAsserted(() -> {
            var post = assertSuccess(api.get("/v1/posts/" + annasPost, reader.accessToken()), 200);
            assertThat(post.path("likeCount").asInt()).isZero();
            assertThat(post.path("commentCount").asInt()).isZero();
        });
        assertError(api.get("/v1/posts/" + bobsPost, reader.accessToken()), 404, "NOT_FOUND");
        assertThat(ids(feed(reader, "tag=" + tag).path("items"))).containsExactly(annasPost);
    }
}
