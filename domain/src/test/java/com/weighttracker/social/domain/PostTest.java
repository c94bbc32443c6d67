package com.weighttracker.social.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Patch;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.ContentRemoved;
import com.weighttracker.social.PostLiked;
import com.weighttracker.social.PostPublished;
import com.weighttracker.social.PostType;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.domain.SocialRejections.EditWindowClosed;
import com.weighttracker.social.domain.SocialRejections.NestingTooDeep;
import com.weighttracker.social.domain.SocialRejections.PostNotFound;
import com.weighttracker.social.domain.SocialRejections.TooManyImages;

/** Posts' and comments' rules without a database: text, tags, the edit window, nesting, holds and events. */
class PostTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final UserId ANNA = new UserId(UUID.randomUUID());
    private static final UserId BOB = new UserId(UUID.randomUUID());

    private static Post post(boolean held) {
        return Post.write(new PostId(UUID.randomUUID()), ANNA, PostType.TIP, "Title", "Content", List.of("#Keto"),
                PostVisibility.PUBLIC, null, null, held, T0);
    }

    @Test
    void aVisiblePostIsPublishedAndAHeldOneOnlyWhenLetOut() {
        assertThat(post(false).drainEvents()).singleElement().isInstanceOf(PostPublished.class);
        var held = post(true);
        assertThat(held.drainEvents()).isEmpty();
        held.restore(BOB, T0.plusSeconds(60));
        assertThat(held.status()).isEqualTo(ContentStatus.VISIBLE);
        assertThat(held.drainEvents()).singleElement().isInstanceOf(PostPublished.class);
    }

    @Test
    void tagsAreNormalisedAndLimited() {
        assertThat(Tags.of(List.of("#Keto", " keto ", "KETO", "low-carb")).values()).containsExactly("keto", "low-carb");
        assertThatThrownBy(() -> Tags.of(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Tags.normalise("two words")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Tags.normalise("#")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void textIsPlainWithoutMarkup() {
        assertThat(SocialText.required("content", "  I lost < 1 kg & feel <3  ", 100))
                .isEqualTo("I lost < 1 kg & feel <3");
        for (var markup : List.of("<b>x</b>", "a </p>", "<!-- x -->", "<?xml?>", "&amp;", "&#60;", "< script>")) {
            assertThatThrownBy(() -> SocialText.required("content", markup, 100)).as(markup)
                    .isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> SocialText.required("content", "a\u0000b", 100)).isInstanceOf(InvalidInput.class);
        assertThat(SocialText.optional("title", "   ", 100)).isNull();
    }

    @Test
    void onlyTheAuthorEditsAndOnlyWithinTwentyFourHours() {
        var post = post(false);
        assertThatThrownBy(() -> post.edit(BOB, Patch.unchanged(), Patch.to("x"), Patch.unchanged(), false, T0))
                .isInstanceOf(PostNotFound.class);
        post.edit(ANNA, Patch.to(null), Patch.to("New"), Patch.unchanged(), false, T0.plus(Duration.ofHours(24)));
        assertThat(post.title()).isEmpty();
        assertThat(post.content()).isEqualTo("New");
        assertThatThrownBy(() -> post.edit(ANNA, Patch.unchanged(), Patch.to("Late"), Patch.unchanged(), false,
                T0.plus(Duration.ofHours(24)).plusNanos(1000))).isInstanceOf(EditWindowClosed.class);
    }

    @Test
    void likesAndRemovalsRecordTheirEvents() {
        var post = post(false);
        post.drainEvents();
        post.likedBy(BOB, T0);
        post.remove(BOB, T0);
        var events = post.drainEvents();
        assertThat(events.get(0)).isEqualTo(new PostLiked(post.getId().value(), ANNA, PostType.TIP, BOB, T0));
        assertThat(((ContentRemoved) events.get(1)).affected()).isEqualTo(ANNA);
        assertThat(post.status()).isEqualTo(ContentStatus.REMOVED);
    }

    @Test
    void postsAndCommentsFollowTheSameModerationRules() {
        var post = post(false);
        var comment = Comment.write(new CommentId(UUID.randomUUID()), post, null, BOB, "ok", false, T0);
        post.edit(ANNA, Patch.unchanged(), Patch.to("flagged now"), Patch.unchanged(), true, T0.plusSeconds(1));
        comment.edit(BOB, "flagged now", true, T0.plusSeconds(1));
        assertThat(post.status()).isEqualTo(ContentStatus.HELD);
        assertThat(comment.status()).isEqualTo(ContentStatus.HELD);
        assertThat(post.moderatedBy()).isEmpty();

        post.remove(BOB, T0.plusSeconds(2));
        comment.remove(ANNA, T0.plusSeconds(2));
        // an edit the filter flags does not bring removed content back as held
        post.edit(ANNA, Patch.unchanged(), Patch.to("again"), Patch.unchanged(), true, T0.plusSeconds(3));
        assertThat(post.status()).isEqualTo(ContentStatus.REMOVED);
        assertThat(post.moderatedBy()).contains(BOB);
        assertThat(comment.moderatedAt()).contains(T0.plusSeconds(2));

        post.restore(ANNA, T0.plusSeconds(4));
        comment.restore(BOB, ANNA, T0.plusSeconds(4));
        assertThat(post.status()).isEqualTo(ContentStatus.VISIBLE);
        assertThat(comment.status()).isEqualTo(ContentStatus.VISIBLE);
        assertThat(comment.moderatedBy()).contains(BOB);
    }

    @Test
    void repliesNestThreeLevelsDeep() {
        var post = post(false);
        var first = Comment.write(new CommentId(UUID.randomUUID()), post, null, BOB, "1", false, T0);
        var second = Comment.write(new CommentId(UUID.randomUUID()), post, first, ANNA, "2", false, T0);
        var third = Comment.write(new CommentId(UUID.randomUUID()), post, second, BOB, "3", false, T0);
        assertThat(third.depth()).isEqualTo(3);
        assertThatThrownBy(() -> Comment.write(new CommentId(UUID.randomUUID()), post, third, ANNA, "4", false, T0))
                .isInstanceOf(NestingTooDeep.class);
    }

    @Test
    void aPostHasRoomForFiveImages() {
        var full = Post.restore(new PostId(UUID.randomUUID()), ANNA, PostType.GENERAL, null, "x", Tags.none(),
                PostVisibility.PUBLIC, null, null, List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID()), ContentStatus.VISIBLE, 0, 0, T0, T0, null, null);
        assertThatThrownBy(() -> full.requireRoomForImage(ANNA)).isInstanceOf(TooManyImages.class);
        assertThatThrownBy(() -> post(false).requireRoomForImage(BOB)).isInstanceOf(PostNotFound.class);
    }

    @Test
    void keywordFilterMatchesPhrasesInAnyCase() {
        var filter = KeywordFilter.of(List.of("Miracle Pill"), List.of("eat 500 calories"));
        assertThat(filter.flags(null, "Try this MIRACLE pill!")).isTrue();
        assertThat(filter.flags("Eat 500 Calories a day")).isTrue();
        assertThat(filter.flags("Eat 1500 calories of vegetables")).isFalse();
        assertThat(KeywordFilter.of(List.of(" ", ""), List.of()).flags("anything")).isFalse();
    }
}
