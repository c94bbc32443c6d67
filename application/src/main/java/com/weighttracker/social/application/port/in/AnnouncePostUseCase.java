package com.weighttracker.social.application.port.in;

import com.weighttracker.social.PostPublished;

/** Announces a new post to live clients, after its commit: a hint to refetch the feed. */
public interface AnnouncePostUseCase {

    void announce(PostPublished published);
}
