package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.BLOCKS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.LIKES;
import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.application.port.out.FeedQuery;
import com.weighttracker.social.application.port.out.FeedReader;
import com.weighttracker.social.application.port.out.FeedRows;
import com.weighttracker.social.domain.ContentStatus;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

/**
 * A feed page is one backward keyset scan: the conditions repeat the partial feed indexes'
 * predicates literally (visibility, status, not hidden), so the planner can walk
 * {@code posts_public_feed_idx} or {@code posts_team_feed_idx} from the cursor and stop after
 * {@code limit} rows; a team feed does so per team and merges ({@link #teamPage}). Blocked authors
 * are left out by comparing each candidate's author with the blocker's few blocked ids, read once. The same statement tells which of the posts the
 * reader liked (a probe per post returned), so a page is one round trip besides the authors' facts.
 */
@Repository
class JooqFeedReader implements FeedReader {

    private final DSLContext dsl;

    JooqFeedReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public FeedRows page(FeedQuery query) {
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
        // the reader's few blocked ids, read once per statement (an init plan), then compared with
        // each candidate's author: a probe of the blocks per candidate cost a team page 16 × 21 of them
        where = where.and(POSTS.AUTHOR_ID.ne(DSL.all(DSL.array(DSL.select(BLOCKS.BLOCKED_ID).from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(query.reader().value()))))));
        if (query.teamIds() != null) {
            return teamPage(where, query.teamIds(), query.reader(), query.limit());
        }
        return rows(dsl.select(POSTS.fields()).select(likedBy(query.reader(), POSTS.ID)).from(POSTS).where(where)
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc()).limit(query.limit()).fetch());
    }

    /**
     * The newest {@code limit} posts of each team (one short backward scan of
     * {@code posts_team_feed_idx} per team, from the cursor), merged and cut to {@code limit}: the work
     * is bounded by teams × limit. {@code team_id in (…)} instead reads every visible post of all the
     * reader's teams and sorts them, which grows with the teams' history (ADR 20). The reader's likes
     * are probed for the {@code limit} posts that remain, not for every team's candidates.
     */
    private FeedRows teamPage(Condition where, Collection<UUID> teamIds, UserId reader, int limit) {
        var teams = DSL.unnest(DSL.val(teamIds.toArray(UUID[]::new))).as("reader_teams", "team_id");
        var newest = DSL.lateral(DSL.selectFrom(POSTS).where(where.and(POSTS.TEAM_ID.eq(teams.field("team_id",
                UUID.class)))).orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc()).limit(limit)).as("team_posts");
        var page = DSL.select(newest.fields()).from(teams).crossJoin(newest)
                .orderBy(newest.field(POSTS.CREATED_AT).desc(), newest.field(POSTS.ID).desc())
                .limit(limit).asTable("team_page");
        return rows(dsl.select(page.fields()).select(likedBy(reader, page.field(POSTS.ID))).from(page)
                .orderBy(page.field(POSTS.CREATED_AT).desc(), page.field(POSTS.ID).desc()).fetch());
    }

    /** Whether {@code reader} liked the post: one probe of the likes' primary key (post, user) per row returned. */
    private static Field<Boolean> likedBy(UserId reader, Field<UUID> post) {
        return DSL.field(DSL.exists(DSL.selectOne().from(LIKES)
                .where(LIKES.POST_ID.eq(post), LIKES.USER_ID.eq(reader.value())))).as("liked_by_reader");
    }

    /** Rows of the posts' fields, in the table's order, then the liked flag. */
    private static FeedRows rows(Result<? extends Record> result) {
        var likedAt = POSTS.fields().length;
        var posts = new ArrayList<Post>(result.size());
        var liked = new HashSet<PostId>();
        for (var row : result) {
            var post = PostRows.toPostByPosition(row);
            posts.add(post);
            if (Boolean.TRUE.equals(row.get(likedAt))) {
                liked.add(post.getId());
            }
        }
        return new FeedRows(posts, liked);
    }

    /**
     * One index probe per post of the page ({@code likes_user_idx}, user and post), through a
     * lateral join the planner cannot turn into a range scan: {@code post_id in (…)} made PostgreSQL 16
     * walk every like of the reader (hundreds for an active one) and filter them, so a page cost grew
     * with the reader's history. One array parameter, so the statement is the same for any page size.
     */
    @Override
    public Set<PostId> likedBy(UserId user, Collection<PostId> posts) {
        if (posts.isEmpty()) {
            return Set.of();
        }
        var page = DSL.unnest(DSL.val(posts.stream().map(PostId::value).toArray(UUID[]::new))).as("page", "post_id");
        var pagePost = page.field("post_id", UUID.class);
        var like = DSL.lateral(DSL.select(LIKES.POST_ID).from(LIKES)
                .where(LIKES.USER_ID.eq(user.value()), LIKES.POST_ID.eq(pagePost)).limit(1)).as("liked");
        return new HashSet<>(dsl.select(like.field(LIKES.POST_ID)).from(page).crossJoin(like)
                .fetch(row -> new PostId(row.value1())));
    }
}
