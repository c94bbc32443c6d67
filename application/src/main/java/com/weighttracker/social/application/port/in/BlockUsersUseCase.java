package com.weighttracker.social.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/** Blocking (FR-4.1.4): a blocked user's posts and comments disappear from the blocker's views. */
public interface BlockUsersUseCase {

    /** Idempotent. */
    BlockView block(UserId blocker, UUID userId);

    /** Idempotent. */
    void unblock(UserId blocker, UUID userId);

    Page<BlockView> blocks(UserId blocker, PageRequest page);
}
