package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import com.weighttracker.social.application.port.out.FeedQuery;

/**
 * A feed page as plain SQL and its values: the text is put together from fixed parts (no jOOQ
 * rendering per request, which was about half of the product's own CPU per page, docs/performance.md),
 * the values are bound. The constants of the partial feed indexes' predicates (visibility, status,
 * not hidden) are literals, so the planner matches {@code posts_public_feed_idx} and
 * {@code posts_team_feed_idx} also with a generic plan. The columns are the posts table's, in its
 * order, then whether the reader liked the post ({@link #FIELDS}, read by position). The names are
 * guarded by the feed tests (every shape runs in them) and {@code GeneratedSchemaMatchesDatabaseTest}.
 */
record FeedStatement(String sql, Object[] values) {

    /** The posts' fields in the table's order, then the liked flag: what the page's rows hold. */
    static final List<Field<?>> FIELDS;

    /** The posts' columns of alias {@code p}, in the table's order. */
    private static final String COLUMNS = Arrays.stream(POSTS.fields()).map(field -> "p." + field.getName())
            .collect(Collectors.joining(", "));

    /** Whether the reader liked post {@code p}: one probe of the likes' primary key (post, user). */
    private static final String LIKED = "exists (select 1 from social.likes l where l.post_id = p.id and l.user_id = ?)"
            + " as liked_by_reader";

    /** The reader's few blocked ids, read once per statement (an init plan), compared with each candidate's author. */
    private static final String NOT_BLOCKED = " and p.author_id <> all (array(select b.blocked_id from social.blocks b"
            + " where b.blocker_id = ?))";

    private static final String NEWEST_FIRST = " order by p.created_at desc, p.id desc";

    static {
        var fields = new ArrayList<Field<?>>(List.of(POSTS.fields()));
        fields.add(DSL.field(DSL.name("liked_by_reader"), SQLDataType.BOOLEAN));
        FIELDS = List.copyOf(fields);
    }

    static FeedStatement of(FeedQuery query) {
        var values = new ArrayList<Object>(8);
        var reader = query.reader().value();
        var where = new StringBuilder(256).append(" where not p.author_hidden");
        if (query.publicOnly()) {
            where.append(" and p.visibility = 'PUBLIC' and p.status = 'VISIBLE'");
        } else if (query.teamIds() != null) {
            where.append(" and p.visibility = 'TEAM' and p.status = 'VISIBLE' and p.team_id = reader_teams.team_id");
        } else {
            // "mine": the reader's own posts, held ones included
            where.append(" and p.status in ('VISIBLE', 'HELD')");
        }
        var filters = new ArrayList<Object>(4);
        if (query.authorId() != null) {
            where.append(" and p.author_id = ?");
            filters.add(query.authorId().value());
        }
        if (query.tag() != null) {
            where.append(" and p.tags @> ?::text[]");
            filters.add(new String[] { query.tag() });
        }
        if (query.beforeCreatedAt() != null) {
            where.append(" and (p.created_at, p.id) < (cast(? as timestamp with time zone), ?)");
            // jOOQ binds a time as text: the statement casts it
            filters.add(OffsetDateTime.ofInstant(query.beforeCreatedAt(), ZoneOffset.UTC));
            filters.add(query.beforeId());
        }
        where.append(NOT_BLOCKED);
        filters.add(reader);
        if (query.teamIds() != null) {
            return teamPage(where, filters, query);
        }
        values.add(reader);
        values.addAll(filters);
        values.add(query.limit());
        return new FeedStatement("select " + COLUMNS + ", " + LIKED + " from social.posts p" + where + NEWEST_FIRST
                + " limit ?", values.toArray());
    }

    /**
     * The newest {@code limit} posts of each team (one short backward scan of {@code posts_team_feed_idx}
     * per team, from the cursor, reading ids, times and authors from the index only), merged and cut to
     * {@code limit}; then the full rows of those only, by primary key, with the reader's likes. The
     * work is bounded by teams × limit index entries plus {@code limit} rows (ADR 20).
     */
    private static FeedStatement teamPage(StringBuilder where, List<Object> filters, FeedQuery query) {
        var values = new ArrayList<Object>(filters.size() + 4);
        values.add(query.teamIds().toArray(UUID[]::new));
        values.addAll(filters);
        values.add(query.limit());
        values.add(query.limit());
        values.add(query.reader().value());
        var sql = "with page as (select t.id from unnest(?) as reader_teams (team_id)"
                + " cross join lateral (select p.id, p.created_at from social.posts p" + where + NEWEST_FIRST
                + " limit ?) t order by t.created_at desc, t.id desc limit ?)"
                + " select " + COLUMNS + ", " + LIKED + " from page join social.posts p on p.id = page.id"
                // the page's snapshot is the statement's, so these rows are the ones the scan chose
                + NEWEST_FIRST;
        return new FeedStatement(sql, values.toArray());
    }
}
