package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.BLOCKS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.COMMENTS;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.out.CommentRepository;
import com.weighttracker.social.domain.Comment;
import com.weighttracker.social.domain.CommentId;
import com.weighttracker.social.domain.ContentStatus;
import com.weighttracker.social.domain.PostId;

@Repository
class JooqCommentRepository implements CommentRepository {

    private final DSLContext dsl;

    JooqCommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Comment comment) {
        dsl.insertInto(COMMENTS)
                .set(COMMENTS.ID, comment.getId().value())
                .set(COMMENTS.POST_ID, comment.postId().value())
                .set(COMMENTS.AUTHOR_ID, comment.authorId().value())
                .set(COMMENTS.PARENT_ID, comment.parentId().map(CommentId::value).orElse(null))
                .set(COMMENTS.DEPTH, (short) comment.depth())
                .set(COMMENTS.CONTENT, comment.content())
                .set(COMMENTS.STATUS, comment.status().name())
                .set(COMMENTS.CREATED_AT, comment.createdAt())
                .set(COMMENTS.UPDATED_AT, comment.updatedAt())
                .execute();
    }

    @Override
    public Optional<Comment> find(CommentId id) {
        return dsl.selectFrom(COMMENTS).where(COMMENTS.ID.eq(id.value()), COMMENTS.AUTHOR_HIDDEN.isFalse())
                .fetchOptional(PostRows::toComment);
    }

    @Override
    public void update(Comment comment) {
        dsl.update(COMMENTS)
                .set(COMMENTS.CONTENT, comment.content())
                .set(COMMENTS.STATUS, comment.status().name())
                .set(COMMENTS.UPDATED_AT, comment.updatedAt())
                .set(COMMENTS.MODERATED_AT, comment.moderatedAt().orElse(null))
                .set(COMMENTS.MODERATED_BY, comment.moderatedBy().map(UserId::value).orElse(null))
                .where(COMMENTS.ID.eq(comment.getId().value()))
                .execute();
    }

    @Override
    public int deleteWithReplies(CommentId id) {
        var tree = DSL.name("tree").fields("id").as(DSL.select(COMMENTS.ID).from(COMMENTS)
                .where(COMMENTS.ID.eq(id.value()))
                .unionAll(DSL.select(COMMENTS.ID).from(COMMENTS).join(DSL.table(DSL.name("tree")))
                        .on(COMMENTS.PARENT_ID.eq(DSL.field(DSL.name("tree", "id"), UUID.class)))));
        var visible = dsl.withRecursive(tree).selectCount().from(COMMENTS)
                .where(COMMENTS.ID.in(DSL.select(tree.field("id", UUID.class)).from(tree)),
                        COMMENTS.STATUS.eq(ContentStatus.VISIBLE.name()))
                .fetchOne(0, int.class);
        // its replies go with it (on delete cascade)
        dsl.deleteFrom(COMMENTS).where(COMMENTS.ID.eq(id.value())).execute();
        return visible;
    }

    @Override
    public Page<Comment> ofPost(PostId post, UserId reader, PageRequest page) {
        var where = COMMENTS.POST_ID.eq(post.value())
                .and(COMMENTS.AUTHOR_HIDDEN.isFalse())
                .and(COMMENTS.STATUS.eq(ContentStatus.VISIBLE.name())
                        .or(COMMENTS.STATUS.eq(ContentStatus.HELD.name()).and(COMMENTS.AUTHOR_ID.eq(reader.value()))))
                .and(DSL.notExists(DSL.selectOne().from(BLOCKS).where(BLOCKS.BLOCKER_ID.eq(reader.value()),
                        BLOCKS.BLOCKED_ID.eq(COMMENTS.AUTHOR_ID))));
        var total = dsl.fetchCount(COMMENTS, where);
        var items = dsl.selectFrom(COMMENTS).where(where).orderBy(COMMENTS.CREATED_AT.asc(), COMMENTS.ID.asc())
                .limit(page.limit()).offset(page.offset()).fetch(PostRows::toComment);
        return new Page<>(items, page, total);
    }
}
