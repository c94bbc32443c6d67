package com.weighttracker.social.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.ImageUploadRule;
import com.weighttracker.shared.Patch;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.ContentRemoved;
import com.weighttracker.social.PostLiked;
import com.weighttracker.social.PostPublished;
import com.weighttracker.social.PostType;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.domain.SocialRejections.EditWindowClosed;
import com.weighttracker.social.domain.SocialRejections.PostNotFound;
import com.weighttracker.social.domain.SocialRejections.TeamRequiredForTeamPost;
import com.weighttracker.social.domain.SocialRejections.TooManyImages;

/**
 * A post (FR-4.1.1): plain text with a type, tags and a visibility; a milestone may carry a progress
 * fact. Its like and comment counts are kept by the database in the liking or commenting
 * statement, so the counts here are what was read.
 */
public final class Post extends EventRecordingAggregate<Post, PostId> {

    public static final int MAX_TITLE = 100;
    public static final int MAX_CONTENT = 5_000;
    public static final int EDIT_WINDOW_HOURS = 24;
    public static final int MAX_IMAGES = 5;
    /** A post's image: at most 5 MB, decoded and stored again without metadata (ADR 10). */
    public static final ImageUploadRule IMAGE_UPLOAD = new ImageUploadRule("A post image", 5L * 1024 * 1024);

    private final PostId id;
    private final UserId authorId;
    private final PostType type;
    private String title;
    private String content;
    private Tags tags;
    private final PostVisibility visibility;
    private final UUID teamId;
    private final Milestone milestone;
    private final List<UUID> imageIds;
    private Moderation moderation;
    private final int likeCount;
    private final int commentCount;
    private final Instant createdAt;
    private Instant updatedAt;

    private Post(PostId id, UserId authorId, PostType type, String title, String content, Tags tags,
            PostVisibility visibility, UUID teamId, Milestone milestone, List<UUID> imageIds, Moderation moderation,
            int likeCount, int commentCount, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.authorId = Objects.requireNonNull(authorId);
        this.type = Objects.requireNonNull(type);
        this.title = title;
        this.content = Objects.requireNonNull(content);
        this.tags = Objects.requireNonNull(tags);
        this.visibility = Objects.requireNonNull(visibility);
        this.teamId = teamId;
        this.milestone = milestone;
        this.imageIds = List.copyOf(imageIds);
        this.moderation = Objects.requireNonNull(moderation);
        this.likeCount = likeCount;
        this.commentCount = commentCount;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /**
     * Writes a post; every broken rule is reported at once. Team membership is the caller's check
     * (teams knows it). {@code held} is the keyword filter's verdict: a held post waits for review.
     */
    public static Post write(PostId id, UserId author, PostType type, String title, String content,
            List<String> tags, PostVisibility visibility, UUID teamId, Milestone milestone, boolean held,
            Instant now) {
        var violations = new Violations();
        var checkedTitle = violations.check("title", () -> SocialText.optional("title", title, MAX_TITLE));
        var checkedContent = violations.check("content", () -> SocialText.required("content", content, MAX_CONTENT));
        var checkedTags = violations.check(Tags.FIELD, () -> Tags.of(tags));
        violations.throwIfAny();
        var shownTo = visibility == null ? PostVisibility.PUBLIC : visibility;
        if ((shownTo == PostVisibility.TEAM) != (teamId != null)) {
            throw new TeamRequiredForTeamPost();
        }
        var post = new Post(id, author, type == null ? PostType.GENERAL : type, checkedTitle, checkedContent,
                checkedTags, shownTo, teamId, milestone, List.of(), Moderation.ofNew(held), 0, 0, now,
                now);
        if (!held) {
            post.register(new PostPublished(id.value(), author, post.type, shownTo, teamId, now));
        }
        return post;
    }

    public static Post restore(PostId id, UserId authorId, PostType type, String title, String content, Tags tags,
            PostVisibility visibility, UUID teamId, Milestone milestone, List<UUID> imageIds, ContentStatus status,
            int likeCount, int commentCount, Instant createdAt, Instant updatedAt, Instant moderatedAt,
            UserId moderatedBy) {
        return new Post(id, authorId, type, title, content, tags, visibility, teamId, milestone, imageIds,
                new Moderation(status, moderatedAt, moderatedBy), likeCount, commentCount, createdAt, updatedAt);
    }

    /**
     * Whether {@code editor} may add an image now: only the author, and while it has fewer than
     * {@value #MAX_IMAGES}. The database's guarded append decides for good between racing uploads.
     */
    public void requireRoomForImage(UserId editor) {
        if (!isBy(editor)) {
            throw new PostNotFound();
        }
        if (imageIds.size() >= MAX_IMAGES) {
            throw new TooManyImages();
        }
    }

    public boolean hasImage(UUID imageId) {
        return imageIds.contains(imageId);
    }

    /**
     * The author changes title, content or tags within {@value #EDIT_WINDOW_HOURS} hours of posting.
     * Someone else's post is "not found" to them: nobody learns whose a post is by trying to edit it.
     */
    public void edit(UserId editor, Patch<String> newTitle, Patch<String> newContent,
            Patch<List<String>> newTags, boolean held, Instant now) {
        if (!isBy(editor)) {
            throw new PostNotFound();
        }
        if (now.isAfter(createdAt.plus(Duration.ofHours(EDIT_WINDOW_HOURS)))) {
            throw new EditWindowClosed();
        }
        var violations = new Violations();
        var checkedTitle = violations.check("title",
                () -> SocialText.optional("title", newTitle.applyTo(title), MAX_TITLE));
        var checkedContent = violations.check("content",
                () -> SocialText.required("content", newContent.applyTo(content), MAX_CONTENT));
        var checkedTags = violations.check(Tags.FIELD,
                () -> newTags.isPresent() ? Tags.of(newTags.value()) : tags);
        violations.throwIfAny();
        title = checkedTitle;
        content = checkedContent;
        tags = checkedTags;
        moderation = moderation.afterEdit(held);
        updatedAt = now;
    }

    /** {@code user} liked it for the first time (the caller knows: the like was new). */
    public void likedBy(UserId user, Instant now) {
        register(new PostLiked(id.value(), authorId, type, user, now));
    }

    /** A moderator takes it down (soft): its author is told. */
    public void remove(UserId moderator, Instant now) {
        moderation = moderation.removedBy(moderator, now);
        register(new ContentRemoved(ContentKind.POST, id.value(), authorId, moderator, now));
    }

    /** A moderator puts it back (after a removal), or lets a held post out: then it is published now. */
    public void restore(UserId moderator, Instant now) {
        if (moderation.isHeld()) {
            register(new PostPublished(id.value(), authorId, type, visibility, teamId, now));
        }
        moderation = moderation.restoredBy(moderator, now);
    }

    public boolean isBy(UserId user) {
        return authorId.equals(user);
    }

    @Override
    public PostId getId() {
        return id;
    }

    public UserId authorId() {
        return authorId;
    }

    public PostType type() {
        return type;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public String content() {
        return content;
    }

    public Tags tags() {
        return tags;
    }

    public PostVisibility visibility() {
        return visibility;
    }

    public Optional<UUID> teamId() {
        return Optional.ofNullable(teamId);
    }

    public Optional<Milestone> milestone() {
        return Optional.ofNullable(milestone);
    }

    public List<UUID> imageIds() {
        return imageIds;
    }

    public ContentStatus status() {
        return moderation.status();
    }

    public int likeCount() {
        return likeCount;
    }

    public int commentCount() {
        return commentCount;
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
