package com.weighttracker.messaging.domain;

import com.weighttracker.shared.ImageUploadRule;

/** An image sent in a message or a group's avatar: a JPEG, PNG or WebP, at most 5 MB (2 MB for an avatar) as uploaded. */
public final class MessageImage {

    public static final ImageUploadRule MESSAGE = new ImageUploadRule("A message image", 5L * 1024 * 1024);
    public static final ImageUploadRule GROUP_AVATAR = new ImageUploadRule("A group avatar", 2L * 1024 * 1024);

    private MessageImage() {
    }
}
