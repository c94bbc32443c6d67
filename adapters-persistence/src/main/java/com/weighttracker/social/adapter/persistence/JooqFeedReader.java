package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.BLOCKS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.LIKES;
import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.application.port.out.FeedQuery;
import com.weighttracker.social.application.port.out.FeedReader;
import com.weighttracker.social.domain.ContentStatus;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

/**
 * A feed page is one backward keyset scan: the conditions repeat the partial feed indexes'
 * predicates literally (visibility, status, not hidden), so the planner can walk
 * {@code posts_public_feed_idx} or {@code posts_team_feed_idx} from the cursor and stop after
 * {@code limit} rows; a team feed does so per team and merges ({@link #teamPage}). Blocked authors
 * are an anti-join on the blocker's few block rows.
 */
@Repository
class JooqFeedReader implements FeedReader {

    private final DSLContext dsl;

    JooqFeedReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Post> page(FeedQuery query) {
        Condition where = POSTS.AUTHOR_HIDDEN.isFalse();
        if (query.publicOnly()) {
            where = where.and(POSTS.VISIBILITY.eq(PostVisibility.PUBLIC.name()))
                    .and(POSTS.STATUS.eq(ContentStatus.VISIBLE.name()));
        } else if (query.teamIds() != null) {
            where = where.and(POSTS.VISIBILITY.eq(PostVisibility.TEAM.name()))
                    .and(POSTS.STATUS.eq(ContentStatus.VISIBLE.name()));
        } else {
            // "mine": the reader's own posts, held ones included
            where = where.and(POSTS.STATUS.in(ContentStatus.VISIBLE.name(), ContentStatus.HELD.name()));
        }
        if (query.authorId() != null) {
            where = where.and(POSTS.AUTHOR_ID.eq(query.authorId().value()));
        }
        if (query.tag() != null) {
            where = where.and(POSTS.TAGS.contains(new String[] { query.tag() }));
        }
        if (query.beforeCreatedAt() != null) {
            where = where.and(DSL.row(POSTS.CREATED_AT, POSTS.ID).lt(query.beforeCreatedAt(), query.beforeId()));
        }
        where = where.and(DSL.notExists(DSL.selectOne().from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(query.reader().value()), BLOCKS.BLOCKED_ID.eq(POSTS.AUTHOR_ID))));
        if (query.teamIds() != null) {
            return teamPage(where, query.teamIds(), query.limit());
        }
        return dsl.selectFrom(POSTS).where(where).orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc())
                .limit(query.limit()).fetch(PostRows::toPost);
    }

    /**
     * The newest {@code limit} posts of each team (one short backward scan of
     * {@code posts_team_feed_idx} per team, from the cursor), merged and cut to {@code limit}: the work
     * is bounded by teams × limit. {@code team_id in (…)} instead reads every visible post of all the
     * reader's teams and sorts them, which grows with the teams' history (ADR 20).
     */
    private List<Post> teamPage(Condition where, Collection<UUID> teamIds, int limit) {
        var teams = DSL.unnest(DSL.val(teamIds.toArray(UUID[]::new))).as("reader_teams", "team_id");
        var newest = DSL.lateral(DSL.selectFrom(POSTS).where(where.and(POSTS.TEAM_ID.eq(teams.field("team_id",
                UUID.class)))).orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc()).limit(limit)).as("team_posts");
        return dsl.select(newest.fields()).from(teams).crossJoin(newest)
                .orderBy(newest.field(POSTS.CREATED_AT).desc(), newest.field(POSTS.ID).desc())
                .limit(limit).fetchInto(POSTS).map(PostRows::toPost);
    }

    @Override
    public Set<PostId> likedBy(UserId user, Collection<PostId> posts) {
        if (posts.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.select(LIKES.POST_ID).from(LIKES)
                .where(LIKES.USER_ID.eq(user.value()), LIKES.POST_ID.in(posts.stream().map(PostId::value).toList()))
                .fetch(row -> new PostId(row.value1())));
    }
}
