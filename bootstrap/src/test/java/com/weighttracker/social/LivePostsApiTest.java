package com.weighttracker.social;

import static com.weighttracker.messaging.MessagingTestSteps.awaitSubscribed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.user.SimpUserRegistry;

import com.weighttracker.support.StompTestClient;

/**
 * New-post notices over STOMP: public posts on {@code /topic/posts/public} for anyone signed in, team
 * posts on {@code /topic/teams/<id>/posts} for the team's members only; notices name no author.
 */
class LivePostsApiTest extends SocialApiTest {

    private static final String PUBLIC = "/topic/posts/public";

    @LocalServerPort
    private int port;

    @Autowired
    private SimpUserRegistry users;

    @Test
    void aPublicPostIsAnnouncedOnThePublicTopicWithoutItsAuthor() {
        var reader = register();
        var author = registerVerified();
        try (var connection = StompTestClient.connect(port, reader.accessToken())) {
            var inbox = connection.subscribe(PUBLIC);
            awaitSubscribed(users, reader, PUBLIC);

            var post = publicPost(author, "Morning walk done");

            var notice = inbox.next("post.published");
            assertThat(notice).as("announced").isNotNull();
            assertThat(notice.path("postId").asString()).isEqualTo(post);
            assertThat(notice.has("authorId")).isFalse();
        }
    }

    @Test
    void aTeamPostIsAnnouncedToItsMembersOnlyAndOutsidersMayNotSubscribe() {
        var crew = crew();
        var topic = "/topic/teams/" + crew.teamId() + "/posts";
        try (var member = StompTestClient.connect(port, crew.member().accessToken());
                var outsider = StompTestClient.connect(port, crew.outsider().accessToken());
                var publicReader = StompTestClient.connect(port, crew.outsider().accessToken())) {
            var membersInbox = member.subscribe(topic);
            var publicInbox = publicReader.subscribe(PUBLIC);
            var outsidersInbox = outsider.subscribe(topic);
            awaitSubscribed(users, crew.member(), topic);
            awaitSubscribed(users, crew.outsider(), PUBLIC);

            var post = teamPost(crew.owner(), crew.teamId(), "Team walk on Sunday");

            assertThat(outsider.refusal()).contains("may not subscribe");
            assertThat(outsider.awaitClosed()).isTrue();
            var notice = membersInbox.next("post.published");
            assertThat(notice).as("announced to the member").isNotNull();
            assertThat(notice.path("postId").asString()).isEqualTo(post);
            assertThat(notice.path("teamId").asString()).isEqualTo(crew.teamId());
            assertThat(outsidersInbox.next(Duration.ofMillis(300))).isNull();
            assertThat(postIdsWithin(publicInbox, Duration.ofMillis(300))).as("not on the public topic")
                    .doesNotContain(post);
        }
    }

    /** The post ids announced to the inbox within the time (other tests may publish public posts meanwhile). */
    private static List<String> postIdsWithin(StompTestClient.Inbox inbox, Duration time) {
        var until = System.nanoTime() + time.toNanos();
        var ids = new ArrayList<String>();
        for (var frame = inbox.next(time); frame != null && System.nanoTime() < until; frame = inbox.next(time)) {
            ids.add(frame.path("postId").asString());
        }
        return ids;
    }
}
