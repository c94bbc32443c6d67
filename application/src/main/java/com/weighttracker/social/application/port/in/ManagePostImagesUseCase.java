package com.weighttracker.social.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;

/** Images on posts (at most five), through the shared upload path. */
public interface ManagePostImagesUseCase {

    /** The author adds an image; the post as it is now. */
    PostView add(UserId author, UUID postId, ImageUpload upload);

    /** An image of a post the reader may read. */
    ImageContent open(UserId reader, UUID postId, UUID imageId);

    /** The author removes an image. */
    void remove(UserId author, UUID postId, UUID imageId);
}
