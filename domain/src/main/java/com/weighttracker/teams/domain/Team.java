package com.weighttracker.teams.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Patch;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.teams.TeamCreated;
import com.weighttracker.teams.TeamDeleted;
import com.weighttracker.teams.TeamVisibility;

/**
 * A team (FR-3.1): its name, description, visibility, member limit and avatar. Members are their
 * own aggregates ({@link Membership}); the team only counts them. The count is kept by the
 * database in the joining transaction (a guarded increment), so this object's count is what was
 * read, not something it enforces itself.
 */
public final class Team extends EventRecordingAggregate<Team, TeamId> {

    public static final int MAX_DESCRIPTION = 500;
    public static final int DEFAULT_MEMBER_LIMIT = 50;
    public static final int MAX_MEMBER_LIMIT = 200;
    /** A team of one is its owner alone; a smaller limit makes no team. */
    public static final int MIN_MEMBER_LIMIT = 1;

    private final TeamId id;
    private TeamName name;
    private String description;
    private TeamVisibility visibility;
    private int memberLimit;
    private final int memberCount;
    private String avatarKey;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Team(TeamId id, TeamName name, String description, TeamVisibility visibility, int memberLimit,
            int memberCount, String avatarKey, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.description = description;
        this.visibility = Objects.requireNonNull(visibility);
        this.memberLimit = memberLimit;
        this.memberCount = memberCount;
        this.avatarKey = avatarKey;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /**
     * Founds a team; its founder is its owner and first member (see {@link Membership#founder}).
     * Every broken rule is reported at once.
     *
     * @param visibility public when null
     * @param memberLimit {@value #DEFAULT_MEMBER_LIMIT} when null
     */
    public static Team found(TeamId id, String name, String description, TeamVisibility visibility,
            Integer memberLimit, UserId founder, Instant now) {
        var violations = new Violations();
        var teamName = violations.check(TeamName.FIELD, () -> new TeamName(name));
        var text = violations.check("description", () -> description(description));
        var limit = violations.check("memberLimit",
                () -> memberLimit(memberLimit == null ? DEFAULT_MEMBER_LIMIT : memberLimit, 1));
        violations.throwIfAny();
        var team = new Team(id, teamName, text, visibility == null ? TeamVisibility.PUBLIC : visibility, limit, 1,
                null, now, now, 0);
        team.register(new TeamCreated(id.value(), teamName.value(), team.visibility, founder));
        return team;
    }

    public static Team restore(TeamId id, TeamName name, String description, TeamVisibility visibility,
            int memberLimit, int memberCount, String avatarKey, Instant createdAt, Instant updatedAt, long version) {
        return new Team(id, name, description, visibility, memberLimit, memberCount, avatarKey, createdAt, updatedAt,
                version);
    }

    /**
     * Changes what {@code editor} sent (a merge patch: absent fields stay). Name, visibility and
     * limit cannot be cleared; the limit cannot go below the members the team has now.
     */
    public void edit(Membership editor, Patch<String> newName, Patch<String> newDescription,
            Patch<TeamVisibility> newVisibility, Patch<Integer> newLimit, Instant now) {
        editor.require(TeamAction.EDIT_TEAM);
        var violations = new Violations();
        var changedName = newName.isPresent() ? violations.check(TeamName.FIELD, () -> new TeamName(newName.value()))
                : name;
        var changedDescription = violations.check("description",
                () -> description(newDescription.applyTo(description)));
        if (newVisibility.isPresent() && newVisibility.value() == null) {
            violations.add("visibility", "visibility cannot be cleared");
        }
        Integer changedLimit = memberLimit;
        if (newLimit.isPresent()) {
            changedLimit = newLimit.value() == null ? null
                    : violations.check("memberLimit", () -> memberLimit(newLimit.value(), memberCount));
            if (newLimit.value() == null) {
                violations.add("memberLimit", "memberLimit cannot be cleared");
            }
        }
        violations.throwIfAny();
        name = changedName;
        description = changedDescription;
        visibility = newVisibility.applyTo(visibility);
        memberLimit = changedLimit;
        updatedAt = now;
    }

    /** A new avatar (its blob's key), or none; only those who may edit the team change it. */
    public void changeAvatar(Membership editor, String newAvatarKey, Instant now) {
        editor.require(TeamAction.EDIT_TEAM);
        avatarKey = newAvatarKey;
        updatedAt = now;
    }

    /** Deletes the team: its owner's decision alone. */
    public void delete(Membership deleter, Set<UserId> members) {
        deleter.require(TeamAction.DELETE_TEAM);
        dissolve(members);
    }

    /** The team ends without a decision of a member: its last member's account was purged. */
    public void dissolve(Set<UserId> members) {
        register(new TeamDeleted(id.value(), members));
    }

    public boolean isFull() {
        return memberCount >= memberLimit;
    }

    static String description(String value) {
        if (value == null) {
            return null;
        }
        var stripped = value.strip();
        return stripped.isEmpty() ? null : Rules.maxLength("description", stripped, MAX_DESCRIPTION);
    }

    static int memberLimit(int limit, int members) {
        if (limit < MIN_MEMBER_LIMIT || limit > MAX_MEMBER_LIMIT) {
            throw InvalidInput.of("memberLimit",
                    "memberLimit must be between " + MIN_MEMBER_LIMIT + " and " + MAX_MEMBER_LIMIT);
        }
        if (limit < members) {
            throw InvalidInput.of("memberLimit",
                    "memberLimit cannot be below the " + members + " members the team has");
        }
        return limit;
    }

    @Override
    public TeamId getId() {
        return id;
    }

    public TeamName name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public TeamVisibility visibility() {
        return visibility;
    }

    public int memberLimit() {
        return memberLimit;
    }

    public int memberCount() {
        return memberCount;
    }

    public Optional<String> avatarKey() {
        return Optional.ofNullable(avatarKey);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
