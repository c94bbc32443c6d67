package com.weighttracker.teams.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.MembershipId;
import com.weighttracker.teams.domain.TeamId;

public interface MemberRepository {

    Optional<Membership> find(TeamId team, UserId user);

    /**
     * Inside a transaction: takes a seat in the team (its member count goes up only while it is
     * below the limit, decided by the database, so of two joins racing for the last seat exactly
     * one gets it) and adds the member. False when the team is full (or gone). A user who is a
     * member already is {@code TeamRejections.AlreadyMember}.
     */
    boolean addIfRoom(Membership member);

    /** Removes the member and frees their seat; false when they were not a member (anymore). */
    boolean remove(MembershipId id);

    void updateRole(Membership member);

    /**
     * A page of the team's members: owner first, then by role, then longest standing. Members who
     * are departing ({@link #markDeparting}) are left out.
     */
    Page<Membership> list(TeamId team, PageRequest page);

    /** The user asked to delete their account at {@code since}: member lists leave them out. A later mark wins. */
    void markDeparting(UserId user, Instant since);

    /** The user came back at {@code at}: member lists show them again, unless they departed again after it. */
    void unmarkDeparting(UserId user, Instant at);

    /** Every member of the team (a team has at most 200). */
    Set<UserId> memberIds(TeamId team);

    /** The user's role in those of {@code teams} they are a member of. */
    Map<TeamId, TeamRole> rolesOf(UserId user, Collection<TeamId> teams);

    /** A page of the user's memberships, the most recently joined first. */
    Page<Membership> ofUser(UserId user, PageRequest page);

    /** Every team the user is a member of. */
    Set<TeamId> teamsOf(UserId user);

    /** {@link #teamsOf} for many users in one query; users in no team are left out. */
    Map<UserId, Set<TeamId>> teamsOfAll(Collection<UserId> users);

    /** At most {@code limit} of the user's memberships, in no particular order. */
    List<Membership> someOf(UserId user, int limit);

    /**
     * Who inherits the team when {@code leaving} goes: the member of the highest role, the longest
     * standing among equals.
     */
    Optional<Membership> successor(TeamId team, UserId leaving);
}
