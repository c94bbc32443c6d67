package com.weighttracker.social.application;

import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;
import com.weighttracker.social.application.port.in.ManagePostImagesUseCase;
import com.weighttracker.social.application.port.in.PostView;
import com.weighttracker.social.application.port.out.PostRepository;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;
import com.weighttracker.social.domain.SocialRejections.ImageNotFound;
import com.weighttracker.social.domain.SocialRejections.PostNotFound;
import com.weighttracker.social.domain.SocialRejections.TooManyImages;

/**
 * Post images through the one upload component ({@link ImageStore}): judged, decoded and stored
 * again without metadata under {@code post-images/<post>/<image>}; the post keeps the ids. Readers
 * of the post may read its images, nobody else.
 */
public final class PostImageService implements ManagePostImagesUseCase {

    static final String KEY_PREFIX = "post-images";

    private final PostRepository posts;
    private final PostViews views;
    private final ImageStore images;
    private final Transactions transactions;
    private final IdGenerator ids;

    public PostImageService(PostRepository posts, PostViews views, ImageStore images, Transactions transactions,
            IdGenerator ids) {
        this.posts = posts;
        this.views = views;
        this.images = images;
        this.transactions = transactions;
        this.ids = ids;
    }

    static BlobKey keyOf(UUID postId, UUID imageId) {
        return BlobKey.of(KEY_PREFIX, postId, imageId);
    }

    @Override
    public PostView add(UserId author, UUID postId, ImageUpload upload) {
        // refuse cheaply before storing anything; the guarded append below decides for good
        views.readable(author, new PostId(postId)).requireRoomForImage(author);
        var imageId = ids.next();
        var key = images.store(upload, Post.IMAGE_UPLOAD, keyOf(postId, imageId)).key();
        try {
            transactions.inTransaction(() -> {
                if (!posts.addImage(new PostId(postId), imageId)) {
                    throw new TooManyImages();
                }
            });
        } catch (RuntimeException failure) {
            images.discard(key, failure);
            throw failure;
        }
        return views.one(author, views.readable(author, new PostId(postId)));
    }

    @Override
    public ImageContent open(UserId reader, UUID postId, UUID imageId) {
        var post = views.readable(reader, new PostId(postId));
        if (!post.hasImage(imageId)) {
            throw new ImageNotFound();
        }
        return images.open(keyOf(postId, imageId), null).orElseThrow(ImageNotFound::new);
    }

    @Override
    public void remove(UserId author, UUID postId, UUID imageId) {
        transactions.inTransaction(() -> {
            var post = views.readable(author, new PostId(postId));
            if (!post.isBy(author)) {
                throw new PostNotFound();
            }
            if (!posts.removeImage(post.getId(), imageId)) {
                throw new ImageNotFound();
            }
        });
        images.discard(keyOf(postId, imageId));
    }
}
