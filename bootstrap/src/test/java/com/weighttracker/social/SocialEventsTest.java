package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.in.CommentsUseCase;
import com.weighttracker.social.application.port.in.LikePostsUseCase;
import com.weighttracker.social.application.port.in.ManagePostsUseCase;

/** What social publishes: gamification counts likes on tips, notifications tell authors of removals. */
@EnableScenarios
class SocialEventsTest extends SocialApiTest {

    @Autowired
    private LikePostsUseCase likes;
    @Autowired
    private CommentsUseCase comments;
    @Autowired
    private ManagePostsUseCase posts;
    @Autowired
    private DataSource dataSource;

    @Test
    void aLikeOfATipSaysItIsATip(Scenario scenario) {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = UUID.fromString(publish(anna, body("type", "tip", "content", "Sleep more")).path("id").asString());

        scenario.stimulate(() -> likes.like(UserId.of(bob.id()), post))
                .andWaitForEventOfType(PostLiked.class)
                .matchingMappedValue(PostLiked::postId, post)
                .toArriveAndVerify(liked -> {
                    assertThat(liked.type()).isEqualTo(PostType.TIP);
                    assertThat(liked.authorId()).isEqualTo(UserId.of(anna.id()));
                    assertThat(liked.likedBy()).isEqualTo(UserId.of(bob.id()));
                });
    }

    /**
     * Gamification keeps state only from likes of tips: its listener's condition is read before the
     * outbox row is written, so a like of any other post is still published but stores nothing.
     */
    @Test
    void onlyALikeOfATipIsKeptInTheOutbox() {
        var anna = registerVerified();
        var bob = registerVerified();
        var tip = UUID.fromString(publish(anna, body("type", "tip", "content", "Walk daily")).path("id").asString());
        var update = UUID.fromString(publish(anna, body("content", "Went for a walk")).path("id").asString());

        likes.like(UserId.of(bob.id()), tip);
        likes.like(UserId.of(bob.id()), update);

        assertThat(likePublicationsOf(tip)).isEqualTo(1);
        assertThat(likePublicationsOf(update)).isZero();
    }

    private int likePublicationsOf(UUID post) {
        return new JdbcTemplate(dataSource).queryForObject("""
                select count(*) from platform.event_publication
                where event_type like '%PostLiked' and serialized_event like ?""", Integer.class, "%" + post + "%");
    }

    @Test
    void aReplyNamesThePostsAuthorAndItsParent(Scenario scenario) {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = publicPost(anna, "Questions?");
        var parent = UUID.fromString(assertSuccess(api.post("/v1/posts/" + post + "/comments",
                body("content", "One"), anna.accessToken()), 201).path("id").asString());

        scenario.stimulate(() -> comments.add(UserId.of(bob.id()), UUID.fromString(post), parent, "An answer"))
                .andWaitForEventOfType(CommentAdded.class)
                .matchingMappedValue(CommentAdded::parentId, parent)
                .toArriveAndVerify(added -> {
                    assertThat(added.postAuthorId()).isEqualTo(UserId.of(anna.id()));
                    assertThat(added.authorId()).isEqualTo(UserId.of(bob.id()));
                });
    }

    @Test
    void aModeratorsRemovalNamesWhoWasAffected(Scenario scenario) {
        var crew = crew();
        var post = UUID.fromString(teamPost(crew.member(), crew.teamId(), "Buy my pills"));

        scenario.stimulate(() -> posts.delete(UserId.of(crew.moderator().id()), post))
                .andWaitForEventOfType(ContentRemoved.class)
                .matchingMappedValue(ContentRemoved::contentId, post)
                .toArriveAndVerify(removed -> {
                    assertThat(removed.kind()).isEqualTo(ContentKind.POST);
                    assertThat(removed.affected()).isEqualTo(UserId.of(crew.member().id()));
                    assertThat(removed.removedBy()).isEqualTo(UserId.of(crew.moderator().id()));
                });
    }
}
