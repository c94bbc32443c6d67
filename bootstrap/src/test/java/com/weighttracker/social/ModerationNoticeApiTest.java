package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.notifications.application.port.in.TellModerationOutcomeUseCase;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * A moderator's removal reaches the affected author as one {@code moderation} notification (social's
 * {@code ContentRemoved} through the outbox), also when the event comes again; nobody else hears of it.
 */
class ModerationNoticeApiTest extends SocialApiTest {

    @Autowired
    private TellModerationOutcomeUseCase outcomes;

    @Test
    void theAuthorOfARemovedPostAndCommentIsToldOnce() {
        var crew = crew();
        var post = teamPost(crew.member(), crew.teamId(), "Buy my miracle pills");
        var comment = assertSuccess(api.post("/v1/posts/" + post + "/comments", body("content", "Pills here too"),
                crew.owner().accessToken()), 201).path("id").asString();

        assertSuccess(api.post("/v1/moderation/comments/" + comment + "/remove", "", crew.moderator().accessToken()),
                200);
        assertSuccess(api.post("/v1/moderation/posts/" + post + "/remove", "", crew.moderator().accessToken()), 200);

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> items(crew.member()).toString().contains("Your post was removed"));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> items(crew.owner()).toString().contains("Your comment was removed"));
        var notice = moderationNotices(crew.member());
        assertThat(notice).isEqualTo(1);
        outcomes.contentRemoved(UserId.of(crew.member().id()), false, UUID.fromString(post));
        assertThat(moderationNotices(crew.member())).isEqualTo(1);
        assertThat(items(crew.moderator()).toString()).doesNotContain("was removed");
        assertThat(items(crew.outsider()).toString()).doesNotContain("was removed");
    }

    private long moderationNotices(TestUser user) {
        var count = 0L;
        for (var item : items(user)) {
            if (item.path("category").asString().equals("moderation")) {
                assertThat(item.path("title").asString()).isEqualTo("Your post was removed");
                count++;
            }
        }
        return count;
    }

    private JsonNode items(TestUser user) {
        return assertSuccess(api.get("/v1/notifications?limit=50", user.accessToken()), 200).path("items");
    }
}
