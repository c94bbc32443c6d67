package com.weighttracker.identity.application;

import java.time.Clock;

import com.weighttracker.identity.application.port.in.DiscardUserAvatarUseCase;
import com.weighttracker.identity.application.port.in.ManageUserAvatarUseCase;
import com.weighttracker.identity.application.port.in.UserAvatarView;
import com.weighttracker.identity.application.port.out.UserAvatarRepository;
import com.weighttracker.identity.application.port.out.UserFactsCache;
import com.weighttracker.identity.application.port.out.UserFactsReader;
import com.weighttracker.identity.domain.UserAvatar;
import com.weighttracker.shared.Unknown;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;

/**
 * Users' avatars through the {@link ImageStore}, each upload under a new key: the image is stored
 * first and the user's record then points to it; the image it pointed to before is deleted after
 * the commit. The worst a failure leaves is an unreferenced image, never an avatar without bytes.
 */
public final class UserAvatarService implements ManageUserAvatarUseCase, DiscardUserAvatarUseCase {

    static final String KEY_PREFIX = "user-avatars";

    private final UserAvatarRepository avatars;
    private final UserFactsReader users;
    private final UserFactsCache kept;
    private final ImageStore images;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public UserAvatarService(UserAvatarRepository avatars, UserFactsReader users, UserFactsCache kept,
            ImageStore images, Transactions transactions, IdGenerator ids, Clock clock) {
        this.avatars = avatars;
        this.users = users;
        this.kept = kept;
        this.images = images;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public UserAvatarView replace(UserId owner, ImageUpload upload) {
        // an account pending deletion has vanished, its owner's old tokens included
        users.find(owner).orElseThrow(() -> new Unknown("User not found"));
        var stored = images.store(upload, UserAvatar.UPLOAD, BlobKey.of(KEY_PREFIX, owner, ids.next()));
        var now = clock.instant();
        String previous;
        try {
            previous = transactions.inTransaction(
                    () -> avatars.replace(owner, stored.key().value(), now).orElse(null));
        } catch (RuntimeException failure) {
            images.discard(stored.key(), failure);
            throw failure;
        }
        // whether the user has an avatar is one of their facts (committed now)
        kept.evict(owner);
        images.discard(previous == null ? null : new BlobKey(previous));
        return new UserAvatarView(owner.value(), stored.format().mediaType(), stored.size(),
                stored.dimensions().width(), stored.dimensions().height(), now);
    }

    @Override
    public ImageContent open(UserId viewer, UserId owner) {
        // no avatar, no such user, one pending deletion and a profile the viewer may not see look alike
        users.find(owner).filter(facts -> facts.avatarVisibleTo(viewer)).orElseThrow(UserAvatarService::noAvatar);
        var avatar = avatars.find(owner).orElseThrow(UserAvatarService::noAvatar);
        return images.open(new BlobKey(avatar.blobKey()), avatar.changedAt()).orElseThrow(UserAvatarService::noAvatar);
    }

    @Override
    public void remove(UserId owner) {
        var previous = transactions.inTransaction(() -> avatars.remove(owner).orElse(null));
        kept.evict(owner);
        images.discard(previous == null ? null : new BlobKey(previous));
    }

    @Override
    public void discardOf(UserId userId) {
        avatars.find(userId).ifPresent(avatar -> {
            images.delete(new BlobKey(avatar.blobKey()));
            transactions.inTransaction(() -> avatars.remove(userId));
            kept.evict(userId);
        });
    }

    private static Unknown noAvatar() {
        return new Unknown("Avatar not found");
    }
}
