package com.weighttracker.teams.application;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.UUID;

import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.BlobStorage;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.application.port.in.CreateTeamCommand;
import com.weighttracker.teams.application.port.in.ManageTeamsUseCase;
import com.weighttracker.teams.application.port.in.TeamChanges;
import com.weighttracker.teams.application.port.in.TeamView;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.Team;
import com.weighttracker.teams.domain.TeamId;

public final class TeamService implements ManageTeamsUseCase {

    /** The longest search text: longer ones find nothing a shorter one would not. */
    public static final int MAX_SEARCH = 100;
    private static final System.Logger log = System.getLogger(TeamService.class.getName());

    private final TeamRepository teams;
    private final MemberRepository members;
    private final TeamLookup access;
    private final BlobStorage blobs;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public TeamService(TeamRepository teams, MemberRepository members, BlobStorage blobs, Transactions transactions, IdGenerator ids, Clock clock) {
        this.teams = teams;
        this.members = members;
        this.access = new TeamLookup(teams, members);
        this.blobs = blobs;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public TeamView create(UserId founder, CreateTeamCommand command) {
        var now = clock.instant();
        var id = new TeamId(ids.next());
        var team = Team.found(id, command.name(), command.description(), command.visibility(), command.memberLimit(),
                founder, now);
        var owner = Membership.founder(id, founder, now);
        return transactions.inTransaction(() -> {
            teams.add(team, owner);
            return TeamView.of(team, owner.role());
        });
    }

    @Override
    public TeamView get(UserId viewer, UUID teamId) {
        var seen = access.visible(viewer, teamId);
        return TeamView.of(seen.team(), seen.membership().map(Membership::role).orElse(null));
    }

    @Override
    public Page<TeamView> browse(UserId viewer, String search, PageRequest page) {
        var text = search == null || search.isBlank() ? null : Rules.maxLength("q", search.strip(), MAX_SEARCH);
        var found = teams.browsePublic(text, page);
        var roles = members.rolesOf(viewer, found.items().stream().map(Team::getId).toList());
        return found.map(team -> TeamView.of(team, roles.get(team.getId())));
    }

    @Override
    public Page<TeamView> mine(UserId user, PageRequest page) {
        var memberships = members.ofUser(user, page);
        var byId = teams.findAll(memberships.items().stream().map(Membership::teamId).toList());
        // a team deleted between the two reads is simply left out of this page
        return new Page<>(memberships.items().stream().filter(m -> byId.containsKey(m.teamId()))
                .map(m -> TeamView.of(byId.get(m.teamId()), m.role())).toList(), page, memberships.totalItems());
    }

    @Override
    public TeamView edit(UserId editor, UUID teamId, TeamChanges changes) {
        return transactions.inTransaction(() -> {
            var seen = access.lockedMember(editor, teamId);
            var team = seen.team();
            var me = seen.member();
            team.edit(me, changes.name(), changes.description(), changes.visibility(), changes.memberLimit(),
                    clock.instant());
            teams.update(team);
            return TeamView.of(team, me.role());
        });
    }

    @Override
    public void delete(UserId deleter, UUID teamId) {
        var avatar = transactions.inTransaction(() -> {
            var seen = access.lockedMember(deleter, teamId);
            var team = seen.team();
            team.delete(seen.member(), members.memberIds(team.getId()));
            teams.delete(team.getId());
            return team.avatarKey().orElse(null);
        });
        discardBlob(blobs, avatar);
    }

    /** Deletes a blob nobody refers to any more; a failure leaves it unreferenced, which is harmless. */
    static void discardBlob(BlobStorage blobs, String key) {
        if (key == null) {
            return;
        }
        try {
            blobs.delete(new BlobKey(key));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            log.log(Level.WARNING, "Could not delete the unreferenced blob {0}: {1}", key, e.toString());
        }
    }
}
