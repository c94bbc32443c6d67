package com.weighttracker.teams.application;

import java.util.Set;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobStorage;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.application.port.in.ForgetMemberUseCase;
import com.weighttracker.teams.application.port.out.JoinRequestRepository;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.TeamId;

/**
 * Forgets a purged user, one team per transaction (each with the team locked, like any other
 * change of its members), so a user in many teams never holds many locks. Running it again
 * after a failure finishes the job: what is done is not done twice.
 */
public final class ForgetMemberService implements ForgetMemberUseCase {

    private static final int BATCH = 100;

    private final TeamRepository teams;
    private final MemberRepository members;
    private final JoinRequestRepository requests;
    private final BlobStorage blobs;
    private final Transactions transactions;

    public ForgetMemberService(TeamRepository teams, MemberRepository members, JoinRequestRepository requests,
            BlobStorage blobs, Transactions transactions) {
        this.teams = teams;
        this.members = members;
        this.requests = requests;
        this.blobs = blobs;
        this.transactions = transactions;
    }

    @Override
    public void forget(UserId userId) {
        transactions.inTransaction(() -> requests.deleteAllOf(userId));
        while (true) {
            var batch = members.someOf(userId, BATCH);
            for (var membership : batch) {
                var avatar = transactions.inTransaction(() -> leaveTeam(membership.teamId(), userId));
                TeamService.discardBlob(blobs, avatar);
            }
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    /** @return the avatar key of a team that ended, to delete after the commit */
    private String leaveTeam(TeamId teamId, UserId userId) {
        var team = teams.lock(teamId).orElse(null);
        var membership = team == null ? null : members.find(teamId, userId).orElse(null);
        if (membership == null) {
            return null;
        }
        if (membership.role() == TeamRole.OWNER) {
            var successor = members.successor(teamId, userId);
            if (successor.isEmpty()) {
                team.dissolve(Set.of(userId));
                teams.delete(teamId);
                return team.avatarKey().orElse(null);
            }
            successor.get().inheritOwnership();
            members.updateRole(successor.get());
        }
        membership.forget();
        members.remove(membership.getId());
        return null;
    }
}
