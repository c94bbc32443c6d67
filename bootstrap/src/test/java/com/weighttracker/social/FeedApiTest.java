package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** FR-4.1.3 over HTTP: the feeds, their filters and the cursor that never skips or repeats. */
class FeedApiTest extends SocialApiTest {

    @Test
    void cursorPagesNeitherSkipNorRepeatWhilePostsArrive() {
        var anna = registerVerified();
        var bob = registerVerified();
        var tag = unique("scroll");
        var older = new ArrayList<String>();
        for (var i = 0; i < 7; i++) {
            older.add(0, publish(i % 2 == 0 ? anna : bob, body("content", "post " + i, "tags", List.of(tag)))
                    .path("id").asString());
        }

        var seen = new ArrayList<String>();
        var page = feed(anna, "tag=" + tag + "&limit=3");
        seen.addAll(ids(page.path("items")));
        var newer = new ArrayList<String>();
        while (!page.path("nextCursor").isNull()) {
            // new posts arrive between every two pages
            newer.add(publish(bob, body("content", "late post", "tags", List.of(tag))).path("id").asString());
            page = feed(anna, "tag=" + tag + "&limit=3&cursor=" + encoded(page.path("nextCursor").asString()));
            seen.addAll(ids(page.path("items")));
        }

        assertThat(seen).containsExactlyElementsOf(older);
        var fresh = ids(feed(anna, "tag=" + tag + "&limit=100").path("items"));
        java.util.Collections.reverse(newer);
        assertThat(fresh).hasSize(older.size() + newer.size()).startsWith(newer.toArray(String[]::new));
    }

    @Test
    void itemsCarryAuthorCountsAndWhetherILikedThem() {
        var anna = registerVerified();
        var bob = registerVerified();
        var tag = unique("items");
        assertSuccess(api.patch("/v1/users/me", body("displayName", "Anna A."), anna.accessToken()), 200);
        var post = publish(anna, body("content", "Counted", "tags", List.of(tag))).path("id").asString();
        assertSuccess(put("/v1/posts/" + post + "/like", bob.accessToken()), 200);
        assertSuccess(api.post("/v1/posts/" + post + "/comments", body("content", "Nice"), bob.accessToken()), 201);

        var item = feed(bob, "tag=" + tag).path("items").get(0);

        assertThat(item.path("author").path("displayName").asString()).isEqualTo("Anna A.");
        assertThat(item.path("author").path("avatarUrl").isNull()).isTrue();
        assertThat(item.path("author").path("username").asString()).isEqualTo(anna.username());
        assertThat(item.path("likeCount").asInt()).isEqualTo(1);
        assertThat(item.path("commentCount").asInt()).isEqualTo(1);
        assertThat(item.path("likedByMe").asBoolean()).isTrue();
        assertThat(feed(anna, "tag=" + tag).path("items").get(0).path("likedByMe").asBoolean(true)).isFalse();
    }

    @Test
    void scopesAndFiltersNarrowTheFeed() {
        var crew = crew();
        var tag = unique("scopes");
        var publicOne = publish(crew.member(), body("content", "public", "tags", List.of(tag))).path("id").asString();
        var teamOne = publish(crew.member(), body("content", "team", "tags", List.of(tag), "visibility", "team",
                "teamId", crew.teamId())).path("id").asString();
        var ownersOne = publish(crew.owner(), body("content", "owner's", "tags", List.of(tag))).path("id").asString();

        assertThat(ids(feed(crew.owner(), "scope=public&tag=" + tag).path("items")))
                .containsExactly(ownersOne, publicOne);
        assertThat(ids(feed(crew.owner(), "scope=team&tag=" + tag).path("items"))).containsExactly(teamOne);
        assertThat(ids(feed(crew.owner(), "scope=team&teamId=" + crew.teamId()).path("items"))).contains(teamOne);
        assertThat(ids(feed(crew.member(), "scope=mine&tag=" + tag).path("items"))).containsExactly(teamOne, publicOne);
        assertThat(ids(feed(crew.owner(), "authorId=" + crew.member().id() + "&tag=%23" + tag.toUpperCase())
                .path("items"))).containsExactly(publicOne);
        assertThat(ids(feed(crew.outsider(), "scope=team&tag=" + tag).path("items"))).isEmpty();
        assertThat(ids(feed(crew.outsider(), "scope=public&tag=" + tag).path("items"))).doesNotContain(teamOne);
    }

    @Test
    void refusesBadParametersWithTheirNames() {
        var anna = registerVerified();
        var crew = crew();
        assertInvalidFields(api.get("/v1/posts?scope=friends", anna.accessToken()), "scope");
        assertInvalidFields(api.get("/v1/posts?limit=0", anna.accessToken()), "limit");
        assertInvalidFields(api.get("/v1/posts?limit=101", anna.accessToken()), "limit");
        assertInvalidFields(api.get("/v1/posts?limit=many", anna.accessToken()), "limit");
        assertInvalidFields(api.get("/v1/posts?cursor=bm90LWEtY3Vyc29y", anna.accessToken()), "cursor");
        assertInvalidFields(api.get("/v1/posts?cursor=%25%25", anna.accessToken()), "cursor");
        assertInvalidFields(api.get("/v1/posts?authorId=bob", anna.accessToken()), "authorId");
        assertInvalidFields(api.get("/v1/posts?scope=team&teamId=x", anna.accessToken()), "teamId");
        assertInvalidFields(api.get("/v1/posts?scope=public&teamId=" + crew.teamId(), anna.accessToken()), "teamId");
        assertInvalidFields(api.get("/v1/posts?tag=two%20words", anna.accessToken()), "tags");
        assertError(api.get("/v1/posts?scope=team&teamId=" + crew.teamId(), anna.accessToken()), 404, "NOT_FOUND");
    }
}
