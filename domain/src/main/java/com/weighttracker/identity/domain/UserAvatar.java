package com.weighttracker.identity.domain;

import com.weighttracker.shared.ImageUploadRule;

/**
 * A user's avatar (FR-1): a JPEG, PNG or WebP, at most 2 MB as uploaded. Whoever may see the
 * user's profile ({@link Profile#isVisibleTo}) may see it; for everyone else there is none.
 */
public final class UserAvatar {

    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final ImageUploadRule UPLOAD = new ImageUploadRule("An avatar", MAX_BYTES);

    private UserAvatar() {
    }
}
