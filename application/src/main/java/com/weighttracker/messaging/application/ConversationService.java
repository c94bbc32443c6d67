package com.weighttracker.messaging.application;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.messaging.application.port.in.ConversationAvatarUseCase;
import com.weighttracker.messaging.application.port.in.ConversationView;
import com.weighttracker.messaging.application.port.in.ManageConversationsUseCase;
import com.weighttracker.messaging.application.port.out.BlockedUsers;
import com.weighttracker.messaging.application.port.out.ConversationPushes;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.application.port.out.Participant;
import com.weighttracker.messaging.domain.Conversation;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.MessageImage;
import com.weighttracker.messaging.domain.MessagingRejections.AlreadyParticipant;
import com.weighttracker.messaging.domain.MessagingRejections.CannotMessageUser;
import com.weighttracker.messaging.domain.MessagingRejections.GroupFull;
import com.weighttracker.messaging.domain.MessagingRejections.NoImage;
import com.weighttracker.messaging.domain.MessagingRejections.ParticipantNotFound;
import com.weighttracker.messaging.domain.MessagingRejections.UserNotFound;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;

/** Direct and group conversations, their participants and avatars, unread counts. */
public final class ConversationService implements ManageConversationsUseCase, ConversationAvatarUseCase {

    static final int UNREAD_CAP = 10_000;
    static final String AVATAR_PREFIX = "conversation-avatars";

    private final ConversationRepository conversations;
    private final ConversationViews views;
    private final UserDirectory users;
    private final BlockedUsers blocks;
    private final ConversationPushes pushes;
    private final ImageStore images;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ConversationService(ConversationRepository conversations, UserDirectory users, BlockedUsers blocks,
            ConversationPushes pushes, ImageStore images, Transactions transactions, IdGenerator ids, Clock clock) {
        this.conversations = conversations;
        this.views = new ConversationViews(conversations);
        this.users = users;
        this.blocks = blocks;
        this.pushes = pushes;
        this.images = images;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Started startDirect(UserId me, UUID otherId) {
        var other = new UserId(otherId);
        var candidate = Conversation.direct(new ConversationId(ids.next()), me, other, clock.instant());
        if (users.find(other).isEmpty()) {
            throw new UserNotFound();
        }
        if (blocks.eitherBlocked(me, other)) {
            throw new CannotMessageUser();
        }
        return transactions.inTransaction(() -> {
            var direct = conversations.addDirect(candidate, me, other);
            return new Started(views.view(me, direct.conversation().getId()), direct.created());
        });
    }

    @Override
    public ConversationView createGroup(UserId me, String name, List<UUID> others) {
        var participants = new LinkedHashSet<UserId>();
        participants.add(me);
        for (var other : others == null ? List.<UUID>of() : others) {
            if (other == null) {
                throw InvalidInput.of("userIds", "userIds must not contain null");
            }
            participants.add(new UserId(other));
        }
        if (participants.size() > Conversation.MAX_GROUP_SIZE) {
            throw new GroupFull();
        }
        var group = Conversation.group(new ConversationId(ids.next()), me, name, clock.instant());
        var known = users.findAll(participants);
        if (!known.keySet().containsAll(participants)) {
            throw new UserNotFound();
        }
        return transactions.inTransaction(() -> {
            conversations.addGroup(group, participants);
            return views.view(me, group.getId());
        });
    }

    @Override
    public Page<ConversationView> mine(UserId me, PageRequest page) {
        var summaries = conversations.ofUser(me, page);
        var participants = conversations.participantsOf(
                summaries.items().stream().map(s -> s.conversation().getId()).toList());
        return summaries.map(s -> ConversationViews.of(s,
                participants.getOrDefault(s.conversation().getId(), List.of())));
    }

    @Override
    public ConversationView get(UserId me, UUID conversationId) {
        var conversation = views.require(me, conversationId);
        return views.view(me, conversation.getId());
    }

    @Override
    public ConversationView rename(UserId me, UUID conversationId, String name) {
        return transactions.inTransaction(() -> {
            var conversation = views.requireLocked(me, conversationId);
            conversation.rename(me, name);
            conversations.update(conversation);
            return views.view(me, conversation.getId());
        });
    }

    @Override
    public ConversationView addParticipant(UserId me, UUID conversationId, UUID userId) {
        var user = new UserId(userId);
        var view = transactions.inTransaction(() -> {
            var conversation = views.requireLocked(me, conversationId);
            conversation.requireOwner(me);
            if (users.find(user).isEmpty()) {
                throw new UserNotFound();
            }
            if (conversations.participants(conversation.getId()).size() >= Conversation.MAX_GROUP_SIZE) {
                throw new GroupFull();
            }
            if (!conversations.addParticipant(conversation.getId(), user, clock.instant())) {
                throw new AlreadyParticipant();
            }
            return views.view(me, conversation.getId());
        });
        return view;
    }

    @Override
    public void removeParticipant(UserId me, UUID conversationId, UUID userId) {
        var user = new UserId(userId);
        if (user.equals(me)) {
            leave(me, conversationId);
            return;
        }
        transactions.inTransaction(() -> {
            var conversation = views.requireLocked(me, conversationId);
            conversation.requireOwner(me);
            if (!conversations.removeParticipant(conversation.getId(), user)) {
                throw new ParticipantNotFound();
            }
        });
        pushes.removed(new ConversationId(conversationId), user);
    }

    @Override
    public void leave(UserId me, UUID conversationId) {
        transactions.inTransaction(() -> {
            var conversation = views.requireLocked(me, conversationId);
            conversation.requireLeavable();
            conversations.removeParticipant(conversation.getId(), me);
            if (conversation.owner().filter(me::equals).isPresent()) {
                var successor = conversations.participants(conversation.getId()).stream().findFirst()
                        .map(Participant::userId).orElse(null);
                conversation.passOwnershipTo(successor);
                conversations.update(conversation);
            }
        });
        pushes.removed(new ConversationId(conversationId), me);
    }

    @Override
    public long unreadTotal(UserId me) {
        return conversations.unreadTotal(me, UNREAD_CAP);
    }

    @Override
    public ConversationView replace(UserId me, UUID conversationId, ImageUpload upload) {
        views.require(me, conversationId).requireOwner(me);
        var key = images.store(upload, MessageImage.GROUP_AVATAR, BlobKey.of(AVATAR_PREFIX, conversationId,
                ids.next())).key();
        record Replaced(ConversationView view, String previousKey) {
        }
        Replaced replaced;
        try {
            replaced = transactions.inTransaction(() -> {
                var conversation = views.requireLocked(me, conversationId);
                var previous = conversation.avatarKey().orElse(null);
                conversation.changeAvatar(me, key.value());
                conversations.update(conversation);
                return new Replaced(views.view(me, conversation.getId()), previous);
            });
        } catch (RuntimeException failure) {
            images.discard(key, failure);
            throw failure;
        }
        images.discard(replaced.previousKey() == null ? null : new BlobKey(replaced.previousKey()));
        return replaced.view();
    }

    @Override
    public ImageContent open(UserId me, UUID conversationId) {
        var key = views.require(me, conversationId).avatarKey().orElseThrow(NoImage::new);
        return images.open(new BlobKey(key), null).orElseThrow(NoImage::new);
    }

    @Override
    public void remove(UserId me, UUID conversationId) {
        var previous = transactions.inTransaction(() -> {
            var conversation = views.requireLocked(me, conversationId);
            var key = conversation.avatarKey().orElse(null);
            conversation.changeAvatar(me, null);
            conversations.update(conversation);
            return key;
        });
        images.discard(previous == null ? null : new BlobKey(previous));
    }
}
