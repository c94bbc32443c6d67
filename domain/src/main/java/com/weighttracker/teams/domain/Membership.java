package com.weighttracker.teams.domain;

import java.time.Instant;
import java.util.Objects;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.MemberJoinedTeam;
import com.weighttracker.teams.MemberLeftTeam;
import com.weighttracker.teams.MemberRoleChanged;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.TeamRejections.AlreadyOwner;
import com.weighttracker.teams.domain.TeamRejections.CannotRemoveSelf;
import com.weighttracker.teams.domain.TeamRejections.DoesNotOutrank;
import com.weighttracker.teams.domain.TeamRejections.LastOwner;
import com.weighttracker.teams.domain.TeamRejections.NoOwnerByRoleChange;
import com.weighttracker.teams.domain.TeamRejections.OwnerCannotLeave;
import com.weighttracker.teams.domain.TeamRejections.RoleAboveOwn;

/**
 * A user's place in a team, with their role (FR-3.3). Every change asks {@link TeamPolicy}:
 * actions on another member need the right to do them and a higher rank than that member; the
 * owner role moves only by a transfer of ownership, so a team always has exactly one owner, who
 * cannot leave or be demoted.
 */
public final class Membership extends EventRecordingAggregate<Membership, MembershipId> {

    private final MembershipId id;
    private TeamRole role;
    private final Instant joinedAt;

    private Membership(MembershipId id, TeamRole role, Instant joinedAt) {
        this.id = Objects.requireNonNull(id);
        this.role = Objects.requireNonNull(role);
        this.joinedAt = Objects.requireNonNull(joinedAt);
    }

    /** The founder of a new team: its owner. {@code TeamCreated} announces them, no join event. */
    public static Membership founder(TeamId team, UserId user, Instant now) {
        return new Membership(new MembershipId(team, user), TeamRole.OWNER, now);
    }

    /** A new member (joined a public team, redeemed an invite code, or was approved). */
    public static Membership join(TeamId team, UserId user, Instant now) {
        var membership = new Membership(new MembershipId(team, user), TeamRole.MEMBER, now);
        membership.register(new MemberJoinedTeam(team.value(), user, TeamRole.MEMBER));
        return membership;
    }

    public static Membership restore(TeamId team, UserId user, TeamRole role, Instant joinedAt) {
        return new Membership(new MembershipId(team, user), role, joinedAt);
    }

    public boolean may(TeamAction action) {
        return TeamPolicy.allows(role, action);
    }

    /** 403 unless this member's role allows {@code action}. */
    public void require(TeamAction action) {
        TeamPolicy.require(role, action);
    }

    /** Leaves the team. The owner cannot: they transfer ownership first (or delete the team). */
    public void leave() {
        if (role == TeamRole.OWNER) {
            throw new OwnerCannotLeave();
        }
        require(TeamAction.LEAVE);
        register(new MemberLeftTeam(id.teamId().value(), id.userId(), MemberLeftTeam.Reason.LEFT));
    }

    /** {@code remover} removes this member; they need the right to and a higher rank. */
    public void removeBy(Membership remover) {
        if (remover.userId().equals(userId())) {
            throw new CannotRemoveSelf();
        }
        remover.require(TeamAction.REMOVE_MEMBER);
        remover.requireOutranks(this);
        register(new MemberLeftTeam(id.teamId().value(), id.userId(), MemberLeftTeam.Reason.REMOVED));
    }

    /**
     * {@code changer} gives this member {@code newRole}. They need the right to change roles, must
     * outrank this member and may only hand out roles below their own. Nobody becomes owner this
     * way, and the owner is never demoted (only a transfer of ownership moves that role): the owner
     * trying it is a conflict, anybody else trying it is forbidden.
     */
    public void changeRoleBy(Membership changer, TeamRole newRole) {
        Objects.requireNonNull(newRole, "newRole");
        changer.require(TeamAction.CHANGE_ROLE);
        if (newRole == TeamRole.OWNER) {
            throw new NoOwnerByRoleChange();
        }
        if (role == TeamRole.OWNER && changer.userId().equals(userId())) {
            throw new LastOwner();
        }
        // anybody else is outranked by the owner: not a conflict of state, they may not (403)
        changer.requireOutranks(this);
        if (!TeamPolicy.mayActOn(changer.role, newRole)) {
            throw new RoleAboveOwn();
        }
        if (newRole != role) {
            becomes(newRole);
        }
    }

    /**
     * Makes {@code successor} the owner and the current owner an admin (FR-3.3 "transfer
     * ownership"); one {@code MemberRoleChanged} for each.
     */
    public void transferOwnershipTo(Membership successor) {
        require(TeamAction.TRANSFER_OWNERSHIP);
        if (!successor.teamId().equals(teamId())) {
            throw new IllegalArgumentException("the successor is a member of another team");
        }
        if (successor.userId().equals(userId())) {
            throw new AlreadyOwner();
        }
        becomes(TeamRole.ADMIN);
        successor.becomes(TeamRole.OWNER);
    }

    /** This member inherits the team of its purged owner (the longest-standing of the highest rank). */
    public void inheritOwnership() {
        if (role != TeamRole.OWNER) {
            becomes(TeamRole.OWNER);
        }
    }

    /** The member's account was purged: they are gone from the team, without anybody's decision. */
    public void forget() {
        register(new MemberLeftTeam(id.teamId().value(), id.userId(), MemberLeftTeam.Reason.LEFT));
    }

    private void requireOutranks(Membership target) {
        if (!TeamPolicy.mayActOn(role, target.role)) {
            throw new DoesNotOutrank();
        }
    }

    private void becomes(TeamRole newRole) {
        var from = role;
        role = newRole;
        register(new MemberRoleChanged(id.teamId().value(), id.userId(), from, newRole));
    }

    @Override
    public MembershipId getId() {
        return id;
    }

    public TeamId teamId() {
        return id.teamId();
    }

    public UserId userId() {
        return id.userId();
    }

    public TeamRole role() {
        return role;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
