package com.weighttracker.teams.application;

import java.time.Clock;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.in.JoinTeamUseCase;
import com.weighttracker.teams.application.port.in.ManageMembersUseCase;
import com.weighttracker.teams.application.port.in.MemberView;
import com.weighttracker.teams.application.port.in.TeamView;
import com.weighttracker.teams.application.port.out.InviteCodeRepository;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.InviteCodeId;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.TeamAccess;
import com.weighttracker.teams.domain.TeamId;
import com.weighttracker.teams.domain.TeamRejections.AlreadyMember;
import com.weighttracker.teams.domain.TeamRejections.InviteCodeNotUsable;

/**
 * Joining, leaving and managing members. Every change to a team's members runs with the team's
 * row locked (a join by its guarded count update, the rest by {@link TeamRepository#lock}), so
 * roles and counts read inside are the current ones.
 */
public final class MembershipService implements JoinTeamUseCase, ManageMembersUseCase {

    private final TeamRepository teams;
    private final MemberRepository members;
    private final InviteCodeRepository codes;
    private final TeamLookup access;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public MembershipService(TeamRepository teams, MemberRepository members, InviteCodeRepository codes,
            UserDirectory users, Transactions transactions, Clock clock) {
        this.teams = teams;
        this.members = members;
        this.codes = codes;
        this.access = new TeamLookup(teams, members);
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TeamView join(UserId user, UUID teamId) {
        return transactions.inTransaction(() -> {
            var seen = access.visible(user, teamId);
            if (seen.membership().isPresent()) {
                throw new AlreadyMember();
            }
            if (seen.team().visibility() == TeamVisibility.PRIVATE) {
                throw TeamAccess.teamNotFound(); // unreachable for outsiders, who do not see it; kept as a guard
            }
            var membership = Membership.join(seen.team().getId(), user, clock.instant());
            access.admit(membership);
            return joined(seen.team().getId(), membership);
        });
    }

    @Override
    public TeamView joinWithCode(UserId user, String code) {
        var id = InviteCodeId.parse(code).orElseThrow(InviteCodeNotUsable::notValid);
        return transactions.inTransaction(() -> {
            var invite = codes.lock(id).orElseThrow(InviteCodeNotUsable::notValid);
            if (members.find(invite.teamId(), user).isPresent()) {
                throw new AlreadyMember();
            }
            var now = clock.instant();
            invite.redeem(now);
            var membership = Membership.join(invite.teamId(), user, now);
            access.admit(membership);
            codes.update(invite);
            return joined(invite.teamId(), membership);
        });
    }

    @Override
    public void leave(UserId user, UUID teamId) {
        transactions.inTransaction(() -> {
            var seen = access.lockedMember(user, teamId);
            var membership = seen.member();
            membership.leave();
            members.remove(membership.getId());
        });
    }

    @Override
    public Page<MemberView> members(UserId viewer, UUID teamId, PageRequest page) {
        var team = access.visible(viewer, teamId).team();
        var found = members.list(team.getId(), page);
        var facts = users.findAll(found.items().stream().map(Membership::userId).toList());
        return found.map(member -> MemberView.of(member, facts.get(member.userId()), viewer));
    }

    @Override
    public void remove(UserId remover, UUID teamId, UUID memberId) {
        transactions.inTransaction(() -> {
            var seen = access.lockedMember(remover, teamId);
            var target = access.otherMember(seen.team(), memberId);
            target.removeBy(seen.member());
            members.remove(target.getId());
        });
    }

    @Override
    public MemberView changeRole(UserId changer, UUID teamId, UUID memberId, TeamRole role) {
        var changed = transactions.inTransaction(() -> {
            var seen = access.lockedMember(changer, teamId);
            var target = access.otherMember(seen.team(), memberId);
            var before = target.role();
            target.changeRoleBy(seen.member(), role);
            if (target.role() != before) {
                members.updateRole(target);
            }
            return target;
        });
        return MemberView.of(changed, users.find(changed.userId()).orElse(null), changer);
    }

    @Override
    public void transferOwnership(UserId owner, UUID teamId, UUID newOwnerId) {
        transactions.inTransaction(() -> {
            var seen = access.lockedMember(owner, teamId);
            var current = seen.member();
            var successor = access.otherMember(seen.team(), newOwnerId);
            current.transferOwnershipTo(successor);
            members.updateRole(current);
            members.updateRole(successor);
        });
    }

    private TeamView joined(TeamId teamId, Membership membership) {
        // read again: the count went up in the database
        return TeamView.of(teams.find(teamId).orElseThrow(TeamAccess::teamNotFound), membership.role());
    }
}
