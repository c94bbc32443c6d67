package com.weighttracker.social.application.port.out;

import java.util.List;
import java.util.Set;

import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;

/** A feed page's posts, newest first, and which of them the reader liked (read with them, in the same statement). */
public record FeedRows(List<Post> posts, Set<PostId> likedByReader) {

    public FeedRows {
        posts = List.copyOf(posts);
        likedByReader = Set.copyOf(likedByReader);
    }
}
