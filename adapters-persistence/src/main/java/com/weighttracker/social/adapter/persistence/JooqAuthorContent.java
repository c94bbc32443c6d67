package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.BLOCKS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.COMMENTS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.LIKES;
import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.REPORTS;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.out.AuthorContent;
import com.weighttracker.social.domain.ContentStatus;

/** An author's whole footprint in bulk statements; each call is idempotent. */
@Repository
class JooqAuthorContent implements AuthorContent {

    private final DSLContext dsl;

    JooqAuthorContent(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void hide(UserId author) {
        setHidden(author, true);
    }

    @Override
    public void show(UserId author) {
        setHidden(author, false);
    }

    private void setHidden(UserId author, boolean hidden) {
        dsl.update(POSTS).set(POSTS.AUTHOR_HIDDEN, hidden)
                .where(POSTS.AUTHOR_ID.eq(author.value()), POSTS.AUTHOR_HIDDEN.ne(hidden)).execute();
        dsl.update(COMMENTS).set(COMMENTS.AUTHOR_HIDDEN, hidden)
                .where(COMMENTS.AUTHOR_ID.eq(author.value()), COMMENTS.AUTHOR_HIDDEN.ne(hidden)).execute();
    }

    @Override
    public Map<UUID, List<UUID>> delete(UserId author) {
        var user = author.value();
        // their likes on others' posts: the counts first, then the likes
        dsl.update(POSTS).set(POSTS.LIKE_COUNT, POSTS.LIKE_COUNT.minus(1))
                .where(POSTS.ID.in(DSL.select(LIKES.POST_ID).from(LIKES).where(LIKES.USER_ID.eq(user)))).execute();
        dsl.deleteFrom(LIKES).where(LIKES.USER_ID.eq(user)).execute();
        // their comments (with the replies below them) on others' posts, then those posts' counts again
        var commented = dsl.selectDistinct(COMMENTS.POST_ID).from(COMMENTS).where(COMMENTS.AUTHOR_ID.eq(user))
                .fetch(COMMENTS.POST_ID);
        dsl.deleteFrom(COMMENTS).where(COMMENTS.AUTHOR_ID.eq(user)).execute();
        if (!commented.isEmpty()) {
            var c = COMMENTS.as("c");
            dsl.update(POSTS).set(POSTS.COMMENT_COUNT, DSL.field(DSL.selectCount().from(c)
                    .where(c.POST_ID.eq(POSTS.ID), c.STATUS.eq(ContentStatus.VISIBLE.name()))))
                    .where(POSTS.ID.in(commented)).execute();
        }
        // their posts, with every like and comment on them (on delete cascade)
        var images = dsl.deleteFrom(POSTS).where(POSTS.AUTHOR_ID.eq(user)).returning(POSTS.ID, POSTS.IMAGE_IDS)
                .fetchMap(POSTS.ID, row -> Arrays.asList(row.get(POSTS.IMAGE_IDS)));
        dsl.deleteFrom(BLOCKS).where(BLOCKS.BLOCKER_ID.eq(user).or(BLOCKS.BLOCKED_ID.eq(user))).execute();
        // their reports of others' content (reports of their own went with it)
        dsl.deleteFrom(REPORTS).where(REPORTS.REPORTER_ID.eq(user)).execute();
        return images;
    }
}
