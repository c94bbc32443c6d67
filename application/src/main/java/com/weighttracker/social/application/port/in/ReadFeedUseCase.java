package com.weighttracker.social.application.port.in;

import com.weighttracker.shared.UserId;

/** The feeds (FR-4.1.3): newest first, a keyset cursor that never skips or repeats a post. */
public interface ReadFeedUseCase {

    FeedPage feed(UserId reader, FeedRequest request);
}
