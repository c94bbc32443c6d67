package com.weighttracker.social.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.weighttracker.platform.adapter.persistence.PersistenceTestDatabase;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.PostType;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.application.port.out.FeedQuery;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

/**
 * Feed pages against the real schema: newest first, strictly below the cursor, and each kind of
 * feed is a scan of the index made for it (ADR 20), never of the table.
 */
class JooqFeedReaderPlanTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final DSLContext DSL_CONTEXT = PersistenceTestDatabase.dsl();
    private static final UserId ANNA = new UserId(UUID.randomUUID());
    private static final UUID TEAM = UUID.randomUUID();
    private static final UUID TEAM_B = UUID.randomUUID();
    private static final List<Post> ANNAS = new ArrayList<>();

    @BeforeAll
    static void somePosts() {
        var posts = new JooqPostRepository(DSL_CONTEXT);
        for (var i = 0; i < 12; i++) {
            var post = Post.write(new PostId(UUID.randomUUID()), ANNA, PostType.GENERAL, null, "post " + i,
                    List.of("plans"), i % 3 == 0 ? PostVisibility.TEAM : PostVisibility.PUBLIC,
                    i % 3 == 0 ? TEAM : null, null, false, T0.plusSeconds(i));
            posts.add(post);
            ANNAS.add(0, post);
            posts.add(Post.write(new PostId(UUID.randomUUID()), new UserId(UUID.randomUUID()), PostType.TIP, null,
                    "other " + i, List.of(), PostVisibility.PUBLIC, null, null, false, T0.plusSeconds(i)));
        }
    }

    @Test
    void pagesContinueStrictlyBelowTheCursor() {
        var reader = new JooqFeedReader(DSL_CONTEXT);
        var first = reader.page(query(null, ANNA, null, null, 4)).posts();
        var last = first.get(first.size() - 1);
        var second = reader.page(query(null, ANNA, last.createdAt(), last.getId().value(), 4)).posts();

        var publicOnes = ANNAS.stream().filter(post -> post.visibility() == PostVisibility.PUBLIC).toList();
        assertThat(first).extracting(Post::getId).containsExactlyElementsOf(
                publicOnes.subList(0, 4).stream().map(Post::getId).toList());
        assertThat(second).extracting(Post::getId).containsExactlyElementsOf(
                publicOnes.subList(4, 8).stream().map(Post::getId).toList());
    }

    @Test
    void aTeamFeedMergesItsTeamsNewestFirstAndContinuesBelowTheCursor() {
        var otherTeam = UUID.randomUUID();
        var posts = new JooqPostRepository(DSL_CONTEXT);
        var author = new UserId(UUID.randomUUID());
        var expected = new ArrayList<Post>();
        for (var i = 0; i < 9; i++) {
            var team = i % 3 == 0 ? TEAM_B : otherTeam;
            var post = Post.write(new PostId(UUID.randomUUID()), author, PostType.GENERAL, null, "team post " + i,
                    List.of(), PostVisibility.TEAM, team, null, false, T0.plusSeconds(100 + i));
            posts.add(post);
            expected.add(0, post);
        }
        var reader = new JooqFeedReader(DSL_CONTEXT);
        var first = reader.page(query(Set.of(TEAM_B, otherTeam), null, null, null, 4)).posts();
        var last = first.get(first.size() - 1);
        var rest = reader.page(query(Set.of(TEAM_B, otherTeam), null, last.createdAt(), last.getId().value(), 10)).posts();

        assertThat(first).extracting(Post::getId)
                .containsExactlyElementsOf(expected.subList(0, 4).stream().map(Post::getId).toList());
        assertThat(rest).extracting(Post::getId)
                .containsExactlyElementsOf(expected.subList(4, 9).stream().map(Post::getId).toList());
    }

    @Test
    void eachFeedScansItsOwnIndex() {
        var cursorAt = T0.plusSeconds(30);
        var cursorId = UUID.randomUUID();
        assertThat(plansOf(dsl -> new JooqFeedReader(dsl).page(query(null, null, cursorAt, cursorId, 21))))
                .anySatisfy(plan -> assertThat(plan).contains("posts_public_feed_idx").doesNotContain("Seq Scan"));
        assertThat(plansOf(dsl -> new JooqFeedReader(dsl).page(query(Set.of(TEAM), null, cursorAt, cursorId, 21))))
                .anySatisfy(plan -> assertThat(plan).contains("posts_team_feed_idx").doesNotContain("Seq Scan"));
        // each team's candidates come from the index alone (author included); only the page's rows are read
        assertThat(plansOf(dsl -> new JooqFeedReader(dsl).page(query(Set.of(TEAM, TEAM_B), null, null, null, 21))))
                .anySatisfy(plan -> assertThat(plan).contains("Index Only Scan using posts_team_feed_idx")
                        .contains("posts_pkey").doesNotContain("Seq Scan"));
        assertThat(plansOf(dsl -> new JooqFeedReader(dsl).page(new FeedQuery(ANNA, false, null, ANNA, null, cursorAt,
                cursorId, 21)))).anySatisfy(plan -> assertThat(plan).contains("posts_author_idx")
                        .doesNotContain("Seq Scan"));
    }

    private static FeedQuery query(Set<UUID> teams, UserId author, Instant before, UUID beforeId, int limit) {
        return new FeedQuery(new UserId(UUID.randomUUID()), teams == null, teams, author, null, before, beforeId,
                limit);
    }

    /** Runs {@code work} against a jOOQ that records the statements it sends, and explains each with index scans only. */
    private static List<String> plansOf(Consumer<DSLContext> work) {
        var sent = new ArrayList<Query>();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                sent.add(ctx.query());
            }
        };
        work.accept(DSL.using(DSL_CONTEXT.configuration().derive(new DefaultExecuteListenerProvider(recorder))));
        assertThat(sent).as("statements sent").isNotEmpty().doesNotContainNull();
        return sent.stream().map(query -> DSL_CONTEXT.connectionResult(connection -> {
            var session = DSL.using(connection, SQLDialect.POSTGRES);
            session.execute("set enable_seqscan = off");
            try {
                return String.join("\n",
                        session.fetch("explain " + session.renderInlined(query)).getValues(0, String.class));
            } finally {
                session.execute("reset enable_seqscan");
            }
        })).toList();
    }
}
