package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.TestUser;

/**
 * FR-4.1.4 over HTTP: reports once per user, team and platform review queues, dismiss, remove and
 * restore with who and when, the keyword filter's holds, and a user's history for moderators.
 */
class ModerationApiTest extends SocialApiTest {

    private static final String PLATFORM_MODERATOR = "platform.moderator@example.org";

    @Test
    void aUserReportsAnItemOnce() {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = publicPost(anna, "Questionable");
        var comment = assertSuccess(api.post("/v1/posts/" + post + "/comments", body("content", "Also questionable"),
                anna.accessToken()), 201).path("id").asString();

        var report = api.post("/v1/posts/" + post + "/reports", body("reason", "Spam"), bob.accessToken());
        assertThat(assertSuccess(report, 201).path("kind").asString()).isEqualTo("post");
        assertThat(report.header("Location")).startsWith("/v1/posts/" + post + "/reports/");
        assertError(api.post("/v1/posts/" + post + "/reports", body("reason", "Spam again"), bob.accessToken()), 409,
                "ALREADY_REPORTED");
        assertSuccess(api.post("/v1/comments/" + comment + "/reports", body("reason", "Rude"), bob.accessToken()),
                201);
        assertError(api.post("/v1/comments/" + comment + "/reports", body("reason", "Rude"), bob.accessToken()), 409,
                "ALREADY_REPORTED");
        assertInvalidFields(api.post("/v1/posts/" + post + "/reports", body("reason", " "),
                registerVerified().accessToken()), "reason");
        assertInvalidFields(api.post("/v1/posts/" + post + "/reports", body("reason", "x".repeat(501)),
                registerVerified().accessToken()), "reason");
        assertError(api.post("/v1/posts/" + UUID.randomUUID() + "/reports", body("reason", "?"), bob.accessToken()),
                404, "NOT_FOUND");
        assertError(api.post("/v1/comments/" + UUID.randomUUID() + "/reports", body("reason", "?"),
                bob.accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void teamModeratorsReviewRemoveAndRestoreTeamContent() {
        var crew = crew();
        var post = teamPost(crew.member(), crew.teamId(), "Buy my miracle pills");
        assertSuccess(api.post("/v1/posts/" + post + "/reports", body("reason", "Selling pills"),
                crew.owner().accessToken()), 201);
        assertError(api.post("/v1/posts/" + post + "/reports", body("reason", "x"), crew.outsider().accessToken()),
                404, "NOT_FOUND");

        var queue = assertSuccess(api.get("/v1/moderation/queue?teamId=" + crew.teamId(),
                crew.moderator().accessToken()), 200);
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).path("contentId").asString()).isEqualTo(post);
        assertThat(queue.get(0).path("reports").asInt()).isEqualTo(1);
        assertThat(queue.get(0).path("reasons").get(0).asString()).isEqualTo("Selling pills");
        assertThat(queue.get(0).path("author").path("id").asString()).isEqualTo(crew.member().id());
        assertError(api.get("/v1/moderation/queue?teamId=" + crew.teamId(), crew.member().accessToken()), 403,
                "FORBIDDEN");
        assertError(api.get("/v1/moderation/queue?teamId=" + crew.teamId(), crew.outsider().accessToken()), 404,
                "NOT_FOUND");
        assertError(api.post("/v1/moderation/posts/" + post + "/remove", "", crew.member().accessToken()), 403,
                "FORBIDDEN");
        assertError(api.post("/v1/moderation/posts/" + post + "/remove", "", crew.outsider().accessToken()), 404,
                "NOT_FOUND");

        var removed = assertSuccess(api.post("/v1/moderation/posts/" + post + "/remove", "",
                crew.moderator().accessToken()), 200);
        assertThat(removed.path("status").asString()).isEqualTo("removed");
        assertThat(removed.path("moderatedBy").asString()).isEqualTo(crew.moderator().id());
        assertThat(removed.path("moderatedAt").asString()).isNotBlank();
        assertError(api.get("/v1/posts/" + post, crew.owner().accessToken()), 404, "NOT_FOUND");
        assertThat(assertSuccess(api.get("/v1/moderation/queue?teamId=" + crew.teamId(),
                crew.moderator().accessToken()), 200)).isEmpty();
        var history = assertSuccess(api.get("/v1/moderation/users/" + crew.member().id() + "/content?teamId="
                + crew.teamId(), crew.owner().accessToken()), 200);
        assertThat(history.get(0).path("status").asString()).isEqualTo("removed");
        assertThat(history.get(0).path("moderatedBy").asString()).isEqualTo(crew.moderator().id());

        var restored = assertSuccess(api.post("/v1/moderation/posts/" + post + "/restore", "",
                crew.owner().accessToken()), 200);
        assertThat(restored.path("status").asString()).isEqualTo("visible");
        assertThat(restored.path("moderatedBy").asString()).isEqualTo(crew.owner().id());
        assertSuccess(api.get("/v1/posts/" + post, crew.member().accessToken()), 200);
        assertInvalidFields(api.post("/v1/moderation/posts/" + post + "/ban", "", crew.owner().accessToken()),
                "decision");
    }

    @Test
    void removingAndRestoringACommentKeepsTheCountRight() {
        var crew = crew();
        var post = teamPost(crew.owner(), crew.teamId(), "Thread");
        var comment = assertSuccess(api.post("/v1/posts/" + post + "/comments", body("content", "Rude words"),
                crew.member().accessToken()), 201).path("id").asString();

        assertSuccess(api.post("/v1/moderation/comments/" + comment + "/remove", "", crew.moderator().accessToken()),
                200);
        assertThat(commentCount(post, crew.owner())).isZero();
        assertSuccess(api.post("/v1/moderation/comments/" + comment + "/restore", "", crew.moderator().accessToken()),
                200);
        assertThat(commentCount(post, crew.owner())).isEqualTo(1);
    }

    @Test
    void platformModeratorsReviewPublicContentAndOthersMayNot() {
        var anna = registerVerified();
        var moderator = platformModerator();
        var post = publicPost(anna, "Public nonsense");
        assertSuccess(api.post("/v1/posts/" + post + "/reports", body("reason", "Nonsense"),
                registerVerified().accessToken()), 201);

        assertThat(assertSuccess(api.get("/v1/moderation/queue?limit=100", moderator.accessToken()), 200)
                .findValuesAsString("contentId")).contains(post);
        assertError(api.get("/v1/moderation/queue", anna.accessToken()), 403, "FORBIDDEN");
        assertError(api.post("/v1/moderation/posts/" + post + "/remove", "", anna.accessToken()), 403, "FORBIDDEN");
        assertError(api.get("/v1/moderation/users/" + anna.id() + "/content", anna.accessToken()), 403, "FORBIDDEN");

        assertSuccess(api.post("/v1/moderation/posts/" + post + "/dismiss", "", moderator.accessToken()), 200);
        assertThat(assertSuccess(api.get("/v1/moderation/queue?limit=100", moderator.accessToken()), 200)
                .findValuesAsString("contentId")).doesNotContain(post);
        assertThat(assertSuccess(api.get("/v1/moderation/users/" + anna.id() + "/content", moderator.accessToken()),
                200).findValuesAsString("id")).containsExactly(post);
    }

    @Test
    void theHealthRailHoldsAPostUntilAModeratorLetsItOut() {
        var anna = registerVerified();
        var moderator = platformModerator();
        var held = publish(anna, body("content", "Thinspiration: skip meals to lose faster"));
        var post = held.path("id").asString();
        assertThat(held.path("status").asString()).isEqualTo("held");

        var item = findInQueue(moderator, post);
        assertThat(item.path("reasons").get(0).asString()).isEqualTo("Held by the keyword filter");
        assertThat(item.path("status").asString()).isEqualTo("held");
        assertError(api.get("/v1/posts/" + post, registerVerified().accessToken()), 404, "NOT_FOUND");

        assertSuccess(api.post("/v1/moderation/posts/" + post + "/dismiss", "", moderator.accessToken()), 200);

        assertThat(assertSuccess(api.get("/v1/posts/" + post, registerVerified().accessToken()), 200).path("status")
                .asString()).isEqualTo("visible");
    }

    @Test
    void aHeldCommentIsSeenByItsAuthorAlone() {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = publicPost(anna, "Diet talk");
        var comment = assertSuccess(api.post("/v1/posts/" + post + "/comments",
                body("content", "Just eat 500 calories a day"), bob.accessToken()), 201);
        assertThat(comment.path("status").asString()).isEqualTo("held");

        assertThat(assertSuccess(api.get("/v1/posts/" + post + "/comments", anna.accessToken()), 200)).isEmpty();
        assertThat(assertSuccess(api.get("/v1/posts/" + post + "/comments", bob.accessToken()), 200)).hasSize(1);
        assertThat(commentCount(post, anna)).isZero();
    }

    private tools.jackson.databind.JsonNode findInQueue(TestUser moderator, String contentId) {
        for (var page = 1; page < 50; page++) {
            var items = assertSuccess(api.get("/v1/moderation/queue?limit=100&page=" + page,
                    moderator.accessToken()), 200);
            for (var item : items) {
                if (item.path("contentId").asString().equals(contentId)) {
                    return item;
                }
            }
            if (items.isEmpty()) {
                break;
            }
        }
        throw new AssertionError(contentId + " is not in the queue");
    }

    private int commentCount(String post, TestUser reader) {
        return assertSuccess(api.get("/v1/posts/" + post, reader.accessToken()), 200).path("commentCount").asInt();
    }

    /** The account the test configuration names a platform moderator, signed up once per test database. */
    private TestUser platformModerator() {
        var username = "platform_moderator";
        var registered = api.post("/v1/auth/register", Api.body("email", PLATFORM_MODERATOR, "username", username,
                "password", PASSWORD), null);
        var user = new TestUser(null, PLATFORM_MODERATOR, username, PASSWORD, null, null);
        var signedIn = logIn(user);
        if (registered.status() != 201) {
            assertThat(registered.status()).as(registered.toString()).isEqualTo(409);
        }
        return signedIn;
    }
}
