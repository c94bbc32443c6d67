package com.weighttracker.social.application.port.out;

import java.util.Collection;
import java.util.Set;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

/**
 * The read side of feeds: one keyset scan per page, which also answers "did the reader like it" for
 * the posts it returns, and one bulk question for likes elsewhere (a post, a list of them).
 */
public interface FeedReader {

    /** At most {@code query.limit()} posts, newest first, with the ones {@code query.reader()} liked. */
    FeedRows page(FeedQuery query);

    /** Which of {@code posts} {@code user} liked, in one query. */
    Set<PostId> likedBy(UserId user, Collection<PostId> posts);
}
