package com.weighttracker.social.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

/** The read side of feeds: one keyset scan per page, and one bulk question for likes. */
public interface FeedReader {

    List<Post> page(FeedQuery query);

    /** Which of {@code posts} {@code user} liked, in one query. */
    Set<PostId> likedBy(UserId user, Collection<PostId> posts);
}
