package com.weighttracker.social.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.UserId;

/**
 * Where a post or a comment stands with moderation, and who last decided it when. Posts and comments
 * follow the same rules: the keyword filter holds new or edited content (never content a moderator
 * removed), a moderator removes, and restoring lets held content out or brings removed content back.
 *
 * @param at null until a moderator decided
 * @param by null until a moderator decided
 */
public record Moderation(ContentStatus status, Instant at, UserId by) implements ValueObject {

    public Moderation {
        Objects.requireNonNull(status, "status");
    }

    /** New content: held for review when the keyword filter flagged it, visible otherwise. */
    static Moderation ofNew(boolean held) {
        return new Moderation(held ? ContentStatus.HELD : ContentStatus.VISIBLE, null, null);
    }

    /** After an edit the filter flagged, visible content is held again; held or removed stays as it is. */
    Moderation afterEdit(boolean held) {
        return held && status == ContentStatus.VISIBLE ? new Moderation(ContentStatus.HELD, at, by) : this;
    }

    Moderation removedBy(UserId moderator, Instant now) {
        return new Moderation(ContentStatus.REMOVED, now, moderator);
    }

    Moderation restoredBy(UserId moderator, Instant now) {
        return new Moderation(ContentStatus.VISIBLE, now, moderator);
    }

    boolean isHeld() {
        return status == ContentStatus.HELD;
    }

    Optional<Instant> moderatedAt() {
        return Optional.ofNullable(at);
    }

    Optional<UserId> moderatedBy() {
        return Optional.ofNullable(by);
    }
}
