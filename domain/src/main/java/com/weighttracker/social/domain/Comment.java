package com.weighttracker.social.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.CommentAdded;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.ContentRemoved;
import com.weighttracker.social.domain.SocialRejections.CommentNotFound;
import com.weighttracker.social.domain.SocialRejections.NestingTooDeep;

/**
 * A comment on a post, or a reply to a comment (FR-4.1.2): level 1 answers the post, a reply is one
 * level below its parent, and nothing goes below level {@value #MAX_DEPTH}.
 */
public final class Comment extends EventRecordingAggregate<Comment, CommentId> {

    public static final int MAX_CONTENT = 2_000;
    public static final int MAX_DEPTH = 3;

    private final CommentId id;
    private final PostId postId;
    private final UserId authorId;
    private final CommentId parentId;
    private final int depth;
    private String content;
    private Moderation moderation;
    private final Instant createdAt;
    private Instant updatedAt;

    private Comment(CommentId id, PostId postId, UserId authorId, CommentId parentId, int depth, String content,
            Moderation moderation, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.postId = Objects.requireNonNull(postId);
        this.authorId = Objects.requireNonNull(authorId);
        this.parentId = parentId;
        this.depth = depth;
        this.content = Objects.requireNonNull(content);
        this.moderation = Objects.requireNonNull(moderation);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /**
     * Writes a comment on {@code post}, as a reply to {@code parent} when given (which must be on the
     * same post and above the deepest level).
     */
    public static Comment write(CommentId id, Post post, Comment parent, UserId author, String content, boolean held,
            Instant now) {
        var text = SocialText.required("content", content, MAX_CONTENT);
        if (parent != null && !parent.postId.equals(post.getId())) {
            throw new CommentNotFound();
        }
        if (parent != null && parent.depth >= MAX_DEPTH) {
            throw new NestingTooDeep();
        }
        var comment = new Comment(id, post.getId(), author, parent == null ? null : parent.id,
                parent == null ? 1 : parent.depth + 1, text, Moderation.ofNew(held), now,
                now);
        if (!held) {
            comment.register(new CommentAdded(id.value(), post.getId().value(), post.authorId(), author,
                    parent == null ? null : parent.id.value(), now));
        }
        return comment;
    }

    public static Comment restore(CommentId id, PostId postId, UserId authorId, CommentId parentId, int depth,
            String content, ContentStatus status, Instant createdAt, Instant updatedAt, Instant moderatedAt,
            UserId moderatedBy) {
        return new Comment(id, postId, authorId, parentId, depth, content,
                new Moderation(status, moderatedAt, moderatedBy), createdAt, updatedAt);
    }

    /** Its author rewrites it; to anyone else it is "not found". */
    public void edit(UserId editor, String newContent, boolean held, Instant now) {
        if (!isBy(editor)) {
            throw new CommentNotFound();
        }
        content = SocialText.required("content", newContent, MAX_CONTENT);
        moderation = moderation.afterEdit(held);
        updatedAt = now;
    }

    public void remove(UserId moderator, Instant now) {
        moderation = moderation.removedBy(moderator, now);
        register(new ContentRemoved(ContentKind.COMMENT, id.value(), authorId, moderator, now));
    }

    /** A moderator puts it back (after a removal), or lets a held comment out: then it is added now. */
    public void restore(UserId moderator, UserId postAuthorId, Instant now) {
        if (moderation.isHeld()) {
            register(new CommentAdded(id.value(), postId.value(), postAuthorId, authorId,
                    parentId == null ? null : parentId.value(), now));
        }
        moderation = moderation.restoredBy(moderator, now);
    }

    public boolean isBy(UserId user) {
        return authorId.equals(user);
    }

    @Override
    public CommentId getId() {
        return id;
    }

    public PostId postId() {
        return postId;
    }

    public UserId authorId() {
        return authorId;
    }

    public Optional<CommentId> parentId() {
        return Optional.ofNullable(parentId);
    }

    public int depth() {
        return depth;
    }

    public String content() {
        return content;
    }

    public ContentStatus status() {
        return moderation.status();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> moderatedAt() {
        return moderation.moderatedAt();
    }

    public Optional<UserId> moderatedBy() {
        return moderation.moderatedBy();
    }
}
