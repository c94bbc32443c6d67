package com.weighttracker.social.application.port.out;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/** Who blocked whom. */
public interface BlockRepository {

    /** A user {@code blocker} blocked, and when. */
    record Block(UUID userId, Instant blockedAt) {
    }

    /** Records the block once; the first one's time stays. */
    Block add(UserId blocker, UserId blocked, Instant at);

    void remove(UserId blocker, UserId blocked);

    boolean blocked(UserId blocker, UserId blocked);

    boolean eitherBlocked(UserId a, UserId b);

    /** Newest first. */
    Page<Block> of(UserId blocker, PageRequest page);
}
