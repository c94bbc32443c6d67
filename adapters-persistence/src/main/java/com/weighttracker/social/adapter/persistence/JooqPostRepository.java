package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.BLOCKS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.LIKES;
import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.out.PostRepository;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

@Repository
class JooqPostRepository implements PostRepository {

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

    @Override
    public Optional<Post> findUnlessBlocked(PostId id, UserId reader) {
        return dsl.selectFrom(POSTS).where(POSTS.ID.eq(id.value()), POSTS.AUTHOR_HIDDEN.isFalse())
                .and(POSTS.AUTHOR_ID.eq(reader.value()).or(DSL.notExists(DSL.selectOne().from(BLOCKS)
                        .where(BLOCKS.BLOCKER_ID.eq(reader.value()), BLOCKS.BLOCKED_ID.eq(POSTS.AUTHOR_ID)))))
                .fetchOptional(PostRows::toPost);
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
     * {@code WITH}); a like that exists inserts nothing, so the update finds no row.
     */
    @Override
    public OptionalInt addLike(Post post, UserId user, Instant at) {
        var inserted = DSL.name("inserted_like");
        var count = dsl.with(inserted.fields("post_id").as(DSL.insertInto(LIKES)
                        .set(LIKES.POST_ID, post.getId().value())
                        .set(LIKES.USER_ID, user.value())
                        .set(LIKES.CREATED_AT, at)
                        .onConflictDoNothing()
                        .returningResult(LIKES.POST_ID)))
                .update(POSTS).set(POSTS.LIKE_COUNT, POSTS.LIKE_COUNT.plus(1))
                .where(POSTS.ID.in(DSL.select(DSL.field(DSL.name("inserted_like", "post_id"), UUID.class))
                        .from(inserted)))
                .returningResult(POSTS.LIKE_COUNT)
                .fetchOptional(Record1::value1);
        return count.map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    /** One round trip, as {@link #addLike}. */
    @Override
    public OptionalInt removeLike(Post post, UserId user) {
        var deleted = DSL.name("deleted_like");
        var count = dsl.with(deleted.fields("post_id").as(DSL.deleteFrom(LIKES)
                        .where(LIKES.POST_ID.eq(post.getId().value()), LIKES.USER_ID.eq(user.value()))
                        .returningResult(LIKES.POST_ID)))
                .update(POSTS).set(POSTS.LIKE_COUNT, POSTS.LIKE_COUNT.minus(1))
                .where(POSTS.ID.in(DSL.select(DSL.field(DSL.name("deleted_like", "post_id"), UUID.class))
                        .from(deleted)))
                .returningResult(POSTS.LIKE_COUNT)
                .fetchOptional(Record1::value1);
        return count.map(OptionalInt::of).orElseGet(OptionalInt::empty);
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
