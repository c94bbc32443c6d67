package com.weighttracker.teams.application;

import java.time.Clock;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.in.JoinRequestView;
import com.weighttracker.teams.application.port.in.ManageJoinRequestsUseCase;
import com.weighttracker.teams.application.port.in.OwnJoinRequestView;
import com.weighttracker.teams.application.port.out.JoinRequestRepository;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.JoinRequest;
import com.weighttracker.teams.domain.JoinRequestId;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.TeamAccess;
import com.weighttracker.teams.domain.TeamAction;
import com.weighttracker.teams.domain.TeamId;
import com.weighttracker.teams.domain.TeamRejections.AlreadyMember;
import com.weighttracker.teams.domain.TeamRejections.JoinRequestNotFound;
import com.weighttracker.teams.domain.TeamRejections.TeamIsPublic;

/**
 * Join requests for private teams. A private team is otherwise invisible to outsiders; asking to
 * join is the one thing its id (shared by a member; a UUIDv7 has 74 random bits) lets them do.
 */
public final class JoinRequestService implements ManageJoinRequestsUseCase {

    private final JoinRequestRepository requests;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final TeamLookup access;
    private final UserDirectory users;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public JoinRequestService(JoinRequestRepository requests, TeamRepository teams, MemberRepository members,
            UserDirectory users, Transactions transactions, IdGenerator ids, Clock clock) {
        this.requests = requests;
        this.teams = teams;
        this.members = members;
        this.access = new TeamLookup(teams, members);
        this.users = users;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public JoinRequestView submit(UserId requester, UUID teamId, String message) {
        var team = teams.find(new TeamId(teamId)).orElseThrow(TeamAccess::teamNotFound);
        if (members.find(team.getId(), requester).isPresent()) {
            throw new AlreadyMember();
        }
        if (team.visibility() == TeamVisibility.PUBLIC) {
            throw new TeamIsPublic();
        }
        var request = JoinRequest.submit(new JoinRequestId(ids.next()), team.getId(), requester, message,
                clock.instant());
        transactions.inTransaction(() -> requests.add(request));
        return JoinRequestView.of(request, users.find(requester).orElse(null));
    }

    @Override
    public Page<JoinRequestView> list(UserId viewer, UUID teamId, JoinRequest.Status status, PageRequest page) {
        var seen = access.member(viewer, teamId);
        seen.member().require(TeamAction.DECIDE_JOIN_REQUESTS);
        var found = requests.list(seen.team().getId(), status == null ? JoinRequest.Status.PENDING : status, page);
        var facts = users.findAll(found.items().stream().map(JoinRequest::userId).toList());
        return found.map(request -> JoinRequestView.of(request, facts.get(request.userId())));
    }

    @Override
    public JoinRequestView approve(UserId decider, UUID teamId, UUID requestId) {
        var approved = transactions.inTransaction(() -> {
            var seen = access.lockedMember(decider, teamId);
            seen.member().require(TeamAction.DECIDE_JOIN_REQUESTS);
            var request = pending(seen.team().getId(), requestId);
            var now = clock.instant();
            request.approve(seen.member(), now);
            // someone who joined meanwhile (with a code) is simply approved
            if (members.find(request.teamId(), request.userId()).isEmpty()) {
                var membership = Membership.join(request.teamId(), request.userId(), now);
                access.admit(membership);
            }
            requests.update(request);
            return request;
        });
        return JoinRequestView.of(approved, users.find(approved.userId()).orElse(null));
    }

    @Override
    public JoinRequestView reject(UserId decider, UUID teamId, UUID requestId) {
        var rejected = transactions.inTransaction(() -> {
            var seen = access.lockedMember(decider, teamId);
            seen.member().require(TeamAction.DECIDE_JOIN_REQUESTS);
            var request = pending(seen.team().getId(), requestId);
            request.reject(seen.member(), clock.instant());
            requests.update(request);
            return request;
        });
        return JoinRequestView.of(rejected, users.find(rejected.userId()).orElse(null));
    }

    @Override
    public Page<OwnJoinRequestView> mine(UserId requester, JoinRequest.Status status, PageRequest page) {
        var found = requests.ofUser(requester, status, page);
        var byId = teams.findAll(found.items().stream().map(JoinRequest::teamId).distinct().toList());
        // a team deleted between the two reads (its requests went with it) is simply left out of this page
        return new Page<>(found.items().stream().filter(request -> byId.containsKey(request.teamId()))
                .map(request -> OwnJoinRequestView.of(request, byId.get(request.teamId()))).toList(), page,
                found.totalItems());
    }

    @Override
    public JoinRequestView withdraw(UserId requester, UUID teamId, UUID requestId) {
        var withdrawn = transactions.inTransaction(() -> {
            // no team lookup first: whether the team exists is none of a stranger's business, and
            // the request's row lock orders this against an approval or rejection of it
            var request = requests.lock(new TeamId(teamId), new JoinRequestId(requestId))
                    .filter(found -> found.userId().equals(requester))
                    .orElseThrow(JoinRequestNotFound::ofRequester);
            request.withdraw(requester, clock.instant());
            requests.update(request);
            return request;
        });
        return JoinRequestView.of(withdrawn, users.find(requester).orElse(null));
    }

    private JoinRequest pending(TeamId team, UUID requestId) {
        return requests.lock(team, new JoinRequestId(requestId))
                .orElseThrow(JoinRequestNotFound::ofTeam);
    }
}
