package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.TestImages;
import com.weighttracker.support.TestUser;
import com.weighttracker.teams.TeamMembership;
import tools.jackson.databind.JsonNode;

/**
 * Feed pages keep authors' facts (identity) and a reader's teams (teams) between requests in this
 * process (ADR 20). Every change of them is seen by the very next request, with no waiting: each
 * eviction path is exercised here right after the cache was filled by a page.
 */
class FeedCachesApiTest extends SocialApiTest {

    @Autowired
    private UserDirectory users;
    @Autowired
    private TeamMembership memberships;
    @Autowired
    private PurgeDeletedAccountsUseCase purge;

    @Test
    void aNewDisplayNameShowsOnTheNextPage() {
        var bob = registerVerified();
        var reader = registerVerified();
        var tag = unique("renamed");
        publish(bob, body("content", "Hello", "tags", List.of(tag)));
        assertThat(onlyItem(reader, tag).path("author").path("displayName").asString()).isNotEqualTo("Robert B.");

        assertSuccess(api.patch("/v1/users/me", body("displayName", "Robert B."), bob.accessToken()), 200);

        assertThat(onlyItem(reader, tag).path("author").path("displayName").asString()).isEqualTo("Robert B.");
    }

    @Test
    void weightsMadePrivateHideTheMilestonesMassOnTheNextPage() {
        var bob = registerVerified();
        var reader = registerVerified();
        var tag = unique("private");
        assertSuccess(api.patch("/v1/users/me", body("weightVisibility", "public"), bob.accessToken()), 200);
        var start = clock.instant().minus(Duration.ofDays(20));
        assertSuccess(api.post("/v1/weight-entries", body("weight", 90, "unit", "kg", "recordedAt", start.toString()),
                bob.accessToken()), 201);
        assertSuccess(api.post("/v1/weight-entries", body("weight", 85, "unit", "kg"), bob.accessToken()), 201);
        publish(bob, body("type", "milestone", "content", "Progress!", "attachProgress", true, "tags", List.of(tag)));
        assertThat(onlyItem(reader, tag).path("milestone").path("lostKg").decimalValue()).isPositive();

        assertSuccess(api.patch("/v1/users/me", body("weightVisibility", "private"), bob.accessToken()), 200);

        assertThat(onlyItem(reader, tag).path("milestone").path("lostKg").isNull()).isTrue();
    }

    @Test
    void anAvatarAndAPrivateProfileShowOnTheNextPage() {
        var bob = registerVerified();
        var reader = registerVerified();
        var tag = unique("avatar");
        publish(bob, body("content", "Hello", "tags", List.of(tag)));
        assertThat(avatarUrl(reader, tag)).isNull();

        assertThat(api.send(api.request("/v1/users/me/avatar", bob.accessToken()).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(TestImages.png(10, 10)))).status()).isEqualTo(200);
        assertThat(avatarUrl(reader, tag)).isEqualTo("/v1/users/" + bob.id() + "/avatar");

        assertSuccess(api.patch("/v1/users/me", body("profileVisibility", "private"), bob.accessToken()), 200);
        assertThat(avatarUrl(reader, tag)).isNull();

        assertSuccess(api.patch("/v1/users/me", body("profileVisibility", "public"), bob.accessToken()), 200);
        assertThat(avatarUrl(reader, tag)).isEqualTo("/v1/users/" + bob.id() + "/avatar");
        assertThat(api.delete("/v1/users/me/avatar", bob.accessToken()).status()).isIn(200, 204);
        assertThat(avatarUrl(reader, tag)).isNull();
    }

    @Test
    void anAuthorPendingDeletionIsGoneAtOnceAndBackAtOnceAndAPurgedOneStaysGone() {
        var bob = registerVerified();
        var reader = registerVerified();
        var tag = unique("leaving");
        var post = publish(bob, body("content", "Hello", "tags", List.of(tag))).path("id").asString();
        onlyItem(reader, tag);
        var bobId = new UserId(UUID.fromString(bob.id()));
        assertThat(users.findAll(Set.of(bobId))).containsKey(bobId);

        assertSuccess(api.delete("/v1/users/me", bob.accessToken()), 200);
        assertThat(users.findAll(Set.of(bobId))).as("facts of a user pending deletion").isEmpty();

        bob = logIn(bob);
        assertThat(users.findAll(Set.of(bobId))).as("facts of a user who came back").containsKey(bobId);

        assertSuccess(api.delete("/v1/users/me", bob.accessToken()), 200);
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        purge.purgeDue();
        assertThat(users.findAll(Set.of(bobId))).as("facts of a purged user").isEmpty();
        assertError(api.get("/v1/posts/" + post, logIn(reader).accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void leavingOrBeingRemovedFromATeamHidesItsPostsOnTheNextTeamPage() {
        var crew = crew();
        var post = teamPost(crew.owner(), crew.teamId(), "Team only");
        assertThat(ids(feed(crew.member(), "scope=team").path("items"))).contains(post);
        assertThat(ids(feed(crew.moderator(), "scope=team").path("items"))).contains(post);

        assertSuccess(api.post("/v1/teams/" + crew.teamId() + "/leave", "", crew.member().accessToken()), 200);
        assertSuccess(api.post("/v1/teams/" + crew.teamId() + "/members/" + crew.moderator().id() + "/remove", "",
                crew.owner().accessToken()), 200);

        assertThat(ids(feed(crew.member(), "scope=team").path("items"))).doesNotContain(post);
        assertThat(ids(feed(crew.moderator(), "scope=team").path("items"))).doesNotContain(post);
    }

    @Test
    void joiningShowsTheTeamsPostsAndADeletedTeamsPostsAreGoneOnTheNextTeamPage() {
        var crew = crew();
        var post = teamPost(crew.owner(), crew.teamId(), "Team only");
        assertThat(ids(feed(crew.outsider(), "scope=team").path("items"))).doesNotContain(post);

        assertSuccess(api.post("/v1/teams/" + crew.teamId() + "/join", "", crew.outsider().accessToken()), 200);
        assertThat(ids(feed(crew.outsider(), "scope=team").path("items"))).contains(post);

        assertSuccess(api.delete("/v1/teams/" + crew.teamId(), crew.owner().accessToken()), 200);
        var joined = new UserId(UUID.fromString(crew.outsider().id()));
        assertThat(memberships.teamsOf(joined)).doesNotContain(UUID.fromString(crew.teamId()));
        assertThat(ids(feed(crew.outsider(), "scope=team").path("items"))).doesNotContain(post);
    }

    private String avatarUrl(TestUser reader, String tag) {
        var url = onlyItem(reader, tag).path("author").path("avatarUrl");
        assertThat(url.isMissingNode()).as("the author's avatarUrl is in the response").isFalse();
        return url.isNull() ? null : url.asString();
    }

    private JsonNode onlyItem(TestUser reader, String tag) {
        var items = feed(reader, "tag=" + tag).path("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
