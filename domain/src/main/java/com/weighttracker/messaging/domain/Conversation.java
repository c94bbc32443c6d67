package com.weighttracker.messaging.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.weighttracker.messaging.domain.MessagingRejections.NotAGroup;
import com.weighttracker.messaging.domain.MessagingRejections.OnlyOwnerMay;
import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;

/**
 * A conversation (FR-4.2): who may take part is its participants' list (kept by the repository);
 * the conversation itself knows its kind, a group's name, avatar and owner, and a team chat's team.
 * A direct conversation has a pair key, the same whoever of the two starts it, so the database
 * lets only one exist per pair.
 */
public final class Conversation extends EventRecordingAggregate<Conversation, ConversationId> {

    public static final int MAX_NAME = 100;
    /** The most participants a group has, its owner included. */
    public static final int MAX_GROUP_SIZE = 100;

    private final ConversationId id;
    private final ConversationKind kind;
    private String name;
    private String avatarKey;
    private UserId owner;
    private final UUID teamId;
    private final Instant createdAt;

    private Conversation(ConversationId id, ConversationKind kind, String name, String avatarKey, UserId owner,
            UUID teamId, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.name = name;
        this.avatarKey = avatarKey;
        this.owner = owner;
        this.teamId = teamId;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Conversation direct(ConversationId id, UserId starter, UserId other, Instant now) {
        if (starter.equals(other)) {
            throw InvalidInput.of("userId", "A direct conversation is with someone else.");
        }
        return new Conversation(id, ConversationKind.DIRECT, null, null, null, null, now);
    }

    public static Conversation group(ConversationId id, UserId owner, String name, Instant now) {
        return new Conversation(id, ConversationKind.GROUP, name(name), null, owner, null, now);
    }

    /** A team's chat, named after the team when its name is known. */
    public static Conversation teamChat(ConversationId id, UUID teamId, String teamName, Instant now) {
        return new Conversation(id, ConversationKind.TEAM, teamName, null, null, Objects.requireNonNull(teamId), now);
    }

    public static Conversation restore(ConversationId id, ConversationKind kind, String name, String avatarKey,
            UserId owner, UUID teamId, Instant createdAt) {
        return new Conversation(id, kind, name, avatarKey, owner, teamId, createdAt);
    }

    /** The one key of a pair, whichever of the two asks. */
    public static String pairKey(UserId a, UserId b) {
        var first = a.value().compareTo(b.value()) <= 0 ? a : b;
        var second = first == a ? b : a;
        return first + ":" + second;
    }

    public void rename(UserId by, String newName) {
        requireOwner(by);
        name = name(newName);
    }

    public void changeAvatar(UserId by, String newAvatarKey) {
        requireOwner(by);
        avatarKey = newAvatarKey;
    }

    /** Adding and removing others is the group owner's (team chats follow the team, direct ones never change). */
    public void requireOwner(UserId by) {
        if (kind != ConversationKind.GROUP) {
            throw new NotAGroup();
        }
        if (!by.equals(owner)) {
            throw new OnlyOwnerMay();
        }
    }

    /** Whether one may leave it by themselves: only a group; a team chat is left by leaving the team. */
    public void requireLeavable() {
        if (kind != ConversationKind.GROUP) {
            throw new NotAGroup();
        }
    }

    /** The owner left: the longest-standing participant owns the group now ({@code null}: nobody is left). */
    public void passOwnershipTo(UserId successor) {
        owner = successor;
    }

    static String name(String value) {
        var stripped = Rules.required("name", value).strip();
        Rules.name("name", stripped);
        return Rules.maxLength("name", stripped, MAX_NAME);
    }

    @Override
    public ConversationId getId() {
        return id;
    }

    public ConversationKind kind() {
        return kind;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> avatarKey() {
        return Optional.ofNullable(avatarKey);
    }

    public Optional<UserId> owner() {
        return Optional.ofNullable(owner);
    }

    public Optional<UUID> teamId() {
        return Optional.ofNullable(teamId);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
