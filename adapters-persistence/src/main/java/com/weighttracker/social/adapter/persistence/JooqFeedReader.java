package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.LIKES;
import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.out.FeedQuery;
import com.weighttracker.social.application.port.out.FeedReader;
import com.weighttracker.social.application.port.out.FeedRows;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

/**
 * A feed page is one backward keyset scan: the conditions repeat the partial feed indexes'
 * predicates literally (visibility, status, not hidden), so the planner can walk
 * {@code posts_public_feed_idx} or {@code posts_team_feed_idx} from the cursor and stop after
 * {@code limit} rows; a team feed does so per team on the index alone, merges, then reads the page's
 * rows ({@link FeedStatement}). Blocked authors are left out by comparing each candidate's author
 * with the blocker's few blocked ids, read once. The same statement tells which of the posts the
 * reader liked (a probe per post returned), so a page is one round trip besides the authors' facts.
 * The statement is plain SQL put together from fixed parts and bound, not rendered by jOOQ per request.
 */
@Repository
class JooqFeedReader implements FeedReader {

    private final DSLContext dsl;

    JooqFeedReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public FeedRows page(FeedQuery query) {
        var statement = FeedStatement.of(query);
        return rows(dsl.resultQuery(statement.sql(), statement.values()).coerce(FeedStatement.FIELDS).fetch());
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
