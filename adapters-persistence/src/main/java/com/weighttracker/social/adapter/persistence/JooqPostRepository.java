package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.out.PostRepository;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

@Repository
class JooqPostRepository implements PostRepository {

    /** The post unless its author is pending deletion or blocked by the reader (a post of their own never is). */
    private static final String FIND_UNLESS_BLOCKED = "select " + Arrays.stream(POSTS.fields())
            .map(field -> "p." + field.getName()).collect(Collectors.joining(", "))
            + " from social.posts p where p.id = ? and not p.author_hidden and (p.author_id = ?"
            + " or not exists (select 1 from social.blocks b where b.blocker_id = ? and b.blocked_id = p.author_id))";
    private static final String ADD_LIKE = "with inserted_like as (insert into social.likes (post_id, user_id,"
            + " created_at) values (?, ?, ?) on conflict do nothing returning post_id)"
            + " update social.posts set like_count = like_count + 1 where id in (select post_id from inserted_like)"
            + " returning like_count";
    private static final String REMOVE_LIKE = "with deleted_like as (delete from social.likes where post_id = ?"
            + " and user_id = ? returning post_id)"
            + " update social.posts set like_count = like_count - 1 where id in (select post_id from deleted_like)"
            + " returning like_count";
    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final DSLContext dsl;

    JooqPostRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Post post) {
        var milestone = post.milestone();
        dsl.insertInto(POSTS)
                .set(POSTS.ID, post.getId().value())
                .set(POSTS.AUTHOR_ID, post.authorId().value())
                .set(POSTS.TYPE, post.type().name())
                .set(POSTS.TITLE, post.title().orElse(null))
                .set(POSTS.CONTENT, post.content())
                .set(POSTS.TAGS, post.tags().values().toArray(String[]::new))
                .set(POSTS.VISIBILITY, post.visibility().name())
                .set(POSTS.TEAM_ID, post.teamId().orElse(null))
                .set(POSTS.MILESTONE_PERCENT, milestone.map(fact -> fact.percentLost()).orElse(null))
                .set(POSTS.MILESTONE_LOST_KG, milestone.map(fact -> fact.lostKg()).orElse(null))
                .set(POSTS.MILESTONE_GOAL_REACHED_AT, milestone.map(fact -> fact.goalReachedAt()).orElse(null))
                .set(POSTS.STATUS, post.status().name())
                .set(POSTS.CREATED_AT, post.createdAt())
                .set(POSTS.UPDATED_AT, post.updatedAt())
                .execute();
    }

    @Override
    public Optional<Post> find(PostId id) {
        return dsl.selectFrom(POSTS).where(POSTS.ID.eq(id.value()), POSTS.AUTHOR_HIDDEN.isFalse())
                .fetchOptional(PostRows::toPost);
    }

    /** Rendered once, bound per request: every like, comment and single-post read asks it. */
    @Override
    public Optional<Post> findUnlessBlocked(PostId id, UserId reader) {
        return dsl.resultQuery(FIND_UNLESS_BLOCKED, id.value(), reader.value(), reader.value()).coerce(POSTS)
                .fetchOptional(PostRows::toPostByPosition);
    }

    @Override
    public void update(Post post) {
        dsl.update(POSTS)
                .set(POSTS.TITLE, post.title().orElse(null))
                .set(POSTS.CONTENT, post.content())
                .set(POSTS.TAGS, post.tags().values().toArray(String[]::new))
                .set(POSTS.STATUS, post.status().name())
                .set(POSTS.UPDATED_AT, post.updatedAt())
                .set(POSTS.MODERATED_AT, post.moderatedAt().orElse(null))
                .set(POSTS.MODERATED_BY, post.moderatedBy().map(UserId::value).orElse(null))
                .where(POSTS.ID.eq(post.getId().value()))
                .execute();
    }

    @Override
    public void delete(PostId id) {
        // likes and comments go with it (on delete cascade)
        dsl.deleteFrom(POSTS).where(POSTS.ID.eq(id.value())).execute();
    }

    /**
     * One round trip: the insert and the count's update are one statement (a data-modifying
     * {@code WITH}); a like that exists inserts nothing, so the update finds no row. Plain JDBC on a
     * fixed text: rendering jOOQ's CTE cost more than running it (docs/performance.md, social feeds).
     */
    @Override
    public OptionalInt addLike(Post post, UserId user, Instant at) {
        return count(ADD_LIKE, post.getId().value(), user.value(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** One round trip, as {@link #addLike}. */
    @Override
    public OptionalInt removeLike(Post post, UserId user) {
        return count(REMOVE_LIKE, post.getId().value(), user.value());
    }

    /** The like count {@code sql} returns, empty when it returns no row. */
    private OptionalInt count(String sql, Object... values) {
        return dsl.connectionResult(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (var i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (var rows = statement.executeQuery()) {
                    return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
                }
            } catch (SQLException e) {
                throw Objects.requireNonNullElseGet(TRANSLATOR.translate("like", sql, e),
                        () -> new UncategorizedSQLException("like", sql, e));
            }
        });
    }

    @Override
    public int likeCount(PostId post) {
        return dsl.select(POSTS.LIKE_COUNT).from(POSTS).where(POSTS.ID.eq(post.value())).fetchSingle(Record1::value1);
    }

    @Override
    public boolean addImage(PostId post, UUID imageId) {
        return dsl.update(POSTS).set(POSTS.IMAGE_IDS, DSL.arrayAppend(POSTS.IMAGE_IDS, imageId))
                .where(POSTS.ID.eq(post.value()), DSL.cardinality(POSTS.IMAGE_IDS).lt(Post.MAX_IMAGES))
                .execute() == 1;
    }

    @Override
    public boolean removeImage(PostId post, UUID imageId) {
        return dsl.update(POSTS).set(POSTS.IMAGE_IDS, DSL.arrayRemove(POSTS.IMAGE_IDS, imageId))
                .where(POSTS.ID.eq(post.value()), DSL.val(imageId).eq(DSL.any(POSTS.IMAGE_IDS)))
                .execute() == 1;
    }

    @Override
    public void countComments(PostId post, int delta) {
        if (delta != 0) {
            dsl.update(POSTS).set(POSTS.COMMENT_COUNT, POSTS.COMMENT_COUNT.plus(delta))
                    .where(POSTS.ID.eq(post.value())).execute();
        }
    }
}
