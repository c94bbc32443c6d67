package com.weighttracker.social.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** Likes: idempotent both ways, also when two arrive at once. */
public interface LikePostsUseCase {

    LikeView like(UserId user, UUID postId);

    LikeView unlike(UserId user, UUID postId);
}
