package com.weighttracker.teams.domain;

import com.weighttracker.shared.ImageUploadRule;

/** A team's avatar image (FR-3.1): a JPEG, PNG or WebP, at most 2 MB as uploaded. */
public final class TeamAvatar {

    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final ImageUploadRule UPLOAD = new ImageUploadRule("A team avatar", MAX_BYTES);

    private TeamAvatar() {
    }
}
