package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.shared.UserId;

/** FR-4.1.4 over HTTP: a blocked user's posts and comments disappear from the blocker's views. */
class BlockApiTest extends SocialApiTest {

    @Autowired
    private Blocks blocks;

    @Test
    void aBlockedUsersPostsAndCommentsDisappearForTheBlockerUntilUnblocked() {
        var anna = registerVerified();
        var bob = registerVerified();
        var carol = registerVerified();
        var tag = unique("blocked");
        var bobsPost = publish(bob, body("content", "Bob's", "tags", List.of(tag))).path("id").asString();
        var carolsPost = publish(carol, body("content", "Carol's", "tags", List.of(tag))).path("id").asString();
        var bobsComment = assertSuccess(api.post("/v1/posts/" + carolsPost + "/comments", body("content", "Bob says"),
                bob.accessToken()), 201).path("id").asString();

        var blocked = assertSuccess(put("/v1/users/" + bob.id() + "/block", anna.accessToken()), 200);
        assertThat(blocked.path("userId").asString()).isEqualTo(bob.id());
        assertThat(blocked.path("username").asString()).isEqualTo(bob.username());
        assertSuccess(put("/v1/users/" + bob.id() + "/block", anna.accessToken()), 200);

        assertThat(ids(feed(anna, "tag=" + tag).path("items"))).containsExactly(carolsPost);
        assertThat(ids(feed(carol, "tag=" + tag).path("items"))).containsExactly(carolsPost, bobsPost);
        assertError(api.get("/v1/posts/" + bobsPost, anna.accessToken()), 404, "NOT_FOUND");
        assertThat(ids(assertSuccess(api.get("/v1/posts/" + carolsPost + "/comments", anna.accessToken()), 200)))
                .doesNotContain(bobsComment);
        assertThat(ids(assertSuccess(api.get("/v1/posts/" + carolsPost + "/comments", carol.accessToken()), 200)))
                .contains(bobsComment);
        var annaId = new UserId(UUID.fromString(anna.id()));
        var bobId = new UserId(UUID.fromString(bob.id()));
        assertThat(blocks.eitherBlocked(annaId, bobId)).isTrue();
        assertThat(blocks.eitherBlocked(bobId, annaId)).isTrue();
        assertThat(blocks.eitherBlocked(annaId, new UserId(UUID.fromString(carol.id())))).isFalse();

        assertSuccess(api.delete("/v1/users/" + bob.id() + "/block", anna.accessToken()), 200);
        assertSuccess(api.delete("/v1/users/" + bob.id() + "/block", anna.accessToken()), 200);
        assertThat(ids(feed(anna, "tag=" + tag).path("items"))).containsExactly(carolsPost, bobsPost);
        assertThat(blocks.eitherBlocked(annaId, bobId)).isFalse();
    }

    @Test
    void listsMyBlocksNewestFirstPageByPage() {
        var anna = registerVerified();
        var first = registerVerified();
        var second = registerVerified();
        var third = registerVerified();
        for (var user : List.of(first, second, third)) {
            assertSuccess(put("/v1/users/" + user.id() + "/block", anna.accessToken()), 200);
        }

        var page = api.get("/v1/users/me/blocks?limit=2", anna.accessToken());

        assertThat(assertSuccess(page, 200).findValuesAsString("userId")).containsExactly(third.id(), second.id());
        assertThat(page.body().path("pagination").path("totalItems").asInt()).isEqualTo(3);
        assertThat(assertSuccess(api.get("/v1/users/me/blocks", first.accessToken()), 200)).isEmpty();
        assertInvalidFields(api.get("/v1/users/me/blocks?limit=0", anna.accessToken()), "limit");
    }

    @Test
    void refusesBlockingYourselfOrNobody() {
        var anna = registerVerified();
        assertInvalidFields(put("/v1/users/" + anna.id() + "/block", anna.accessToken()), "userId");
        assertError(put("/v1/users/" + UUID.randomUUID() + "/block", anna.accessToken()), 404, "NOT_FOUND");
        assertInvalidFields(put("/v1/users/someone/block", anna.accessToken()), "userId");
    }
}
