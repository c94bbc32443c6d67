package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.COMMENTS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.application.port.out.ModerationReader;
import com.weighttracker.social.domain.Comment;
import com.weighttracker.social.domain.Post;

/** Moderators' reads: whatever the items' status, the author's history as one union, newest first. */
@Repository
class JooqModerationReader implements ModerationReader {

    private final DSLContext dsl;

    JooqModerationReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Post> posts(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : dsl.selectFrom(POSTS).where(POSTS.ID.in(ids)).fetch(PostRows::toPost);
    }

    @Override
    public List<Comment> comments(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : dsl.selectFrom(COMMENTS).where(COMMENTS.ID.in(ids)).fetch(PostRows::toComment);
    }

    @Override
    public Page<ContentEntry> history(UserId author, UUID teamId, PageRequest page) {
        var postTeam = teamId == null ? POSTS.TEAM_ID.isNull() : POSTS.TEAM_ID.eq(teamId);
        var ofPosts = DSL.select(DSL.inline(ContentKind.POST.name()).as("kind"), POSTS.ID.as("id"),
                        POSTS.ID.as("post_id"), POSTS.TEAM_ID.as("team_id"), POSTS.CONTENT.as("content"),
                        POSTS.STATUS.as("status"), POSTS.CREATED_AT.as("created_at"),
                        POSTS.MODERATED_AT.as("moderated_at"), POSTS.MODERATED_BY.as("moderated_by"))
                .from(POSTS).where(POSTS.AUTHOR_ID.eq(author.value()), postTeam);
        var ofComments = DSL.select(DSL.inline(ContentKind.COMMENT.name()), COMMENTS.ID, COMMENTS.POST_ID,
                        POSTS.TEAM_ID, COMMENTS.CONTENT, COMMENTS.STATUS, COMMENTS.CREATED_AT, COMMENTS.MODERATED_AT,
                        COMMENTS.MODERATED_BY)
                .from(COMMENTS).join(POSTS).on(POSTS.ID.eq(COMMENTS.POST_ID))
                .where(COMMENTS.AUTHOR_ID.eq(author.value()), postTeam);
        var history = ofPosts.unionAll(ofComments).asTable("history");
        var createdAt = history.field("created_at", Instant.class);
        var id = history.field("id", UUID.class);
        var total = dsl.fetchCount(history);
        var items = dsl.selectFrom(history).orderBy(createdAt.desc(), id.desc())
                .limit(page.limit()).offset(page.offset())
                .fetch(row -> {
                    var moderatedBy = row.get("moderated_by", UUID.class);
                    return new ContentEntry(ContentKind.valueOf(row.get("kind", String.class)),
                            row.get("id", UUID.class), row.get("post_id", UUID.class), row.get("team_id", UUID.class),
                            author, row.get("content", String.class),
                            row.get("status", String.class).toLowerCase(Locale.ROOT),
                            row.get("created_at", Instant.class), row.get("moderated_at", Instant.class),
                            moderatedBy == null ? null : new UserId(moderatedBy));
                });
        return new Page<>(items, page, total);
    }
}
