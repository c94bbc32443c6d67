package com.weighttracker.social.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.ContentKind;

/**
 * Someone's report of a post or comment for moderators (FR-4.1.4), once per user and item; or the
 * keyword filter's flag (no reporter). It stays open until a moderator decides on the item. Where
 * it is reviewed follows the item: by its team's moderators, or by platform moderators for public
 * content ({@code teamId} null).
 */
public final class Report implements AggregateRoot<Report, ReportId> {

    public static final int MAX_REASON = 500;
    public static final String FLAGGED = "Held by the keyword filter";

    private final ReportId id;
    private final ContentKind kind;
    private final UUID contentId;
    private final PostId postId;
    private final UUID teamId;
    private final UserId authorId;
    private final UserId reporterId;
    private final String reason;
    private final Instant createdAt;

    private Report(ReportId id, ContentKind kind, UUID contentId, PostId postId, UUID teamId, UserId authorId,
            UserId reporterId, String reason, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.contentId = Objects.requireNonNull(contentId);
        this.postId = Objects.requireNonNull(postId);
        this.teamId = teamId;
        this.authorId = Objects.requireNonNull(authorId);
        this.reporterId = reporterId;
        this.reason = Objects.requireNonNull(reason);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Report ofPost(ReportId id, Post post, UserId reporter, String reason, Instant now) {
        return new Report(id, ContentKind.POST, post.getId().value(), post.getId(), post.teamId().orElse(null),
                post.authorId(), reporter, SocialText.required("reason", reason, MAX_REASON), now);
    }

    public static Report ofComment(ReportId id, Comment comment, Post post, UserId reporter, String reason,
            Instant now) {
        return new Report(id, ContentKind.COMMENT, comment.getId().value(), post.getId(), post.teamId().orElse(null),
                comment.authorId(), reporter, SocialText.required("reason", reason, MAX_REASON), now);
    }

    /** The keyword filter held the post: it waits in the review queue like a report. */
    public static Report flagged(ReportId id, Post post, Instant now) {
        return new Report(id, ContentKind.POST, post.getId().value(), post.getId(), post.teamId().orElse(null),
                post.authorId(), null, FLAGGED, now);
    }

    public static Report flagged(ReportId id, Comment comment, Post post, Instant now) {
        return new Report(id, ContentKind.COMMENT, comment.getId().value(), post.getId(), post.teamId().orElse(null),
                comment.authorId(), null, FLAGGED, now);
    }

    @Override
    public ReportId getId() {
        return id;
    }

    public ContentKind kind() {
        return kind;
    }

    public UUID contentId() {
        return contentId;
    }

    public PostId postId() {
        return postId;
    }

    public Optional<UUID> teamId() {
        return Optional.ofNullable(teamId);
    }

    public UserId authorId() {
        return authorId;
    }

    public Optional<UserId> reporterId() {
        return Optional.ofNullable(reporterId);
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
