package com.weighttracker.social.domain;

import java.util.List;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.shared.Unknown;

/**
 * Every rule of social a request can break, by name (ADR 17), grouped by kind. Plain field
 * validation (a title's length, HTML in a comment) stays {@link InvalidInput#of}.
 */
public final class SocialRejections {

    private SocialRejections() {
    }

    // --- UNKNOWN: the viewer may not know it exists

    /** No such post, or one the viewer may not read (team-only, held, removed, blocked): never a hint which. */
    public static final class PostNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public PostNotFound() {
            super("Post not found");
        }
    }

    public static final class CommentNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public CommentNotFound() {
            super("Comment not found");
        }
    }

    /** A team the author is not a member of (or that does not exist). */
    public static final class TeamNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public TeamNotFound() {
            super("Team not found");
        }
    }

    public static final class ImageNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public ImageNotFound() {
            super("This post has no such image.");
        }
    }

    public static final class UserNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public UserNotFound() {
            super("User not found");
        }
    }

    // --- NOT_PERMITTED

    /** Only the platform's moderators review public content. */
    public static final class NotAModerator extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public NotAModerator() {
            super("Only moderators can do this.");
        }
    }

    // --- IN_CONFLICT

    /** A post can be edited for {@value Post#EDIT_WINDOW_HOURS} hours after it went out. */
    public static final class EditWindowClosed extends InConflict {
        private static final long serialVersionUID = 1L;

        public EditWindowClosed() {
            super("EDIT_WINDOW_CLOSED", null,
                    "A post can be edited within " + Post.EDIT_WINDOW_HOURS + " hours of posting; this one is older.");
        }
    }

    /** Replies nest {@value Comment#MAX_DEPTH} levels deep at most. */
    public static final class NestingTooDeep extends InConflict {
        private static final long serialVersionUID = 1L;

        public NestingTooDeep() {
            super("COMMENT_NESTING_TOO_DEEP", "parentId", "Replies nest at most " + Comment.MAX_DEPTH
                    + " levels deep: reply to the comment above this one instead.");
        }
    }

    /** A post carries {@value Post#MAX_IMAGES} images at most. */
    public static final class TooManyImages extends InConflict {
        private static final long serialVersionUID = 1L;

        public TooManyImages() {
            super("TOO_MANY_IMAGES", null, "A post can have at most " + Post.MAX_IMAGES
                    + " images: remove one first.");
        }
    }

    public static final class AlreadyReported extends InConflict {
        private static final long serialVersionUID = 1L;

        public AlreadyReported() {
            super("ALREADY_REPORTED", null, "You have reported this already; moderators will look at it.");
        }
    }

    // --- INVALID

    public static final class CannotBlockSelf extends InvalidInput {
        private static final long serialVersionUID = 1L;

        public CannotBlockSelf() {
            super(List.of(new FieldError("userId", "You cannot block yourself.")));
        }
    }

    /** A team post names its team; a public one names none. */
    public static final class TeamRequiredForTeamPost extends InvalidInput {
        private static final long serialVersionUID = 1L;

        public TeamRequiredForTeamPost() {
            super(List.of(new FieldError("teamId", "A team post needs teamId, and only a team post has one.")));
        }
    }

    /** The author has no weigh-in to take a progress fact from. */
    public static final class NoProgressToShare extends InvalidInput {
        private static final long serialVersionUID = 1L;

        public NoProgressToShare() {
            super(List.of(new FieldError("attachProgress",
                    "There is no progress to attach yet: record a weigh-in first.")));
        }
    }
}
