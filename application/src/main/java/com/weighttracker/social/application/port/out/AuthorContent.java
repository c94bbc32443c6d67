package com.weighttracker.social.application.port.out;

import com.weighttracker.shared.UserId;

/** Everything one author wrote or did in social, at once. Each call is idempotent. */
public interface AuthorContent {

    /** Their posts and comments leave every view (their account is pending deletion). */
    void hide(UserId author);

    void show(UserId author);

    /**
     * Deletes their posts, comments, likes, blocks and reports, keeping the counts of others' posts
     * right.
     */
    /** @return the images of their deleted posts by post id, for the caller to discard */
    java.util.Map<java.util.UUID, java.util.List<java.util.UUID>> delete(UserId author);
}
