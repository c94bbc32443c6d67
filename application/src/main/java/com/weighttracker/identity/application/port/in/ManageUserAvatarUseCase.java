package com.weighttracker.identity.application.port.in;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;

/**
 * Users' avatars: JPEG, PNG or WebP by content, at most 2 MB as uploaded, stored without metadata.
 * Only the user changes theirs; whoever may see the user's profile may see it, and for anyone
 * else (and for users pending deletion) there is none.
 */
public interface ManageUserAvatarUseCase {

    /** Stores the upload as the user's avatar, replacing any; 413 over 2 MB, 400 for what does not decode. */
    UserAvatarView replace(UserId owner, ImageUpload upload);

    /** The avatar's bytes, when {@code viewer} may see {@code owner}'s; the caller closes them. */
    ImageContent open(UserId viewer, UserId owner);

    /** Removes the user's avatar; removing none is fine. */
    void remove(UserId owner);
}
