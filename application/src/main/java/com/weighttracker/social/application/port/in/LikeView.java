package com.weighttracker.social.application.port.in;

import java.util.UUID;

/** A post's likes after a like or unlike. */
public record LikeView(UUID postId, int likeCount, boolean likedByMe) {
}
