package com.weighttracker.challenges.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeStandingsChanged;
import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.application.port.in.ChallengeFilter;
import com.weighttracker.challenges.application.port.in.ChallengeView;
import com.weighttracker.challenges.application.port.in.CreateChallengeCommand;
import com.weighttracker.challenges.application.port.in.ManageChallengesUseCase;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.ChallengeAccess;
import com.weighttracker.challenges.domain.ChallengeChanges;
import com.weighttracker.challenges.domain.ChallengeId;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamMembership;

/** Creating, reading, browsing, editing and deleting challenges (FR-5.1). */
public final class ChallengeService implements ManageChallengesUseCase {

    private final ChallengeRepository challenges;
    private final ParticipantRepository participants;
    private final TeamMembership teams;
    private final ChallengeLookup lookup;
    private final Transactions transactions;
    private final DomainEvents events;
    private final IdGenerator ids;
    private final Clock clock;

    public ChallengeService(ChallengeRepository challenges, ParticipantRepository participants, TeamMembership teams,
            Transactions transactions, DomainEvents events, IdGenerator ids, Clock clock) {
        this.challenges = challenges;
        this.participants = participants;
        this.teams = teams;
        this.lookup = new ChallengeLookup(challenges, teams);
        this.transactions = transactions;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ChallengeView create(UserId creator, CreateChallengeCommand command) {
        if (command.teamId() != null) {
            ChallengeAccess.requireMayCreateFor(teams.roleOf(command.teamId(), creator));
        }
        var today = today();
        var challenge = Challenge.create(new ChallengeId(ids.next()), command.name(), command.description(),
                command.type(), command.startDate(), command.endDate(),
                inKilograms(command.type(), command.target(), command.targetUnit()), command.rewardPoints(),
                command.handicap(), command.teamId(), creator, today, clock.instant());
        transactions.inTransaction(() -> challenges.add(challenge));
        return ChallengeView.of(challenge, today, 0, false);
    }

    @Override
    public ChallengeView get(UserId viewer, UUID challengeId) {
        return view(lookup.read(viewer, challengeId).visible(), viewer);
    }

    @Override
    public Page<ChallengeView> browse(UserId viewer, ChallengeFilter filter, PageRequest page) {
        var today = today();
        Set<UUID> myTeams = teams.teamsOf(viewer);
        var found = challenges.browse(viewer, myTeams, filter.status(), filter.mine(), today, page);
        var challengeIds = found.items().stream().map(Challenge::getId).toList();
        var counts = challenges.participantCounts(challengeIds);
        var joined = participants.joinedOf(viewer, challengeIds);
        return found.map(c -> ChallengeView.of(c, today, counts.getOrDefault(c.getId(), 0),
                joined.contains(c.getId())));
    }

    @Override
    public ChallengeView edit(UserId editor, UUID challengeId, ChallengeChanges changes) {
        var edited = transactions.inTransaction(() -> {
            var challenge = lookup.lock(editor, challengeId).managed();
            challenge.edit(changes, today(), clock.instant());
            challenges.update(challenge);
            events.publish(new ChallengeStandingsChanged(challenge.getId().value()));
            return challenge;
        });
        return view(edited, editor);
    }

    @Override
    public void delete(UserId deleter, UUID challengeId) {
        transactions.inTransaction(() -> {
            var challenge = lookup.lock(deleter, challengeId).managed();
            challenge.requireDeletable(today());
            challenges.delete(challenge.getId());
            events.publish(new ChallengeStandingsChanged(challenge.getId().value()));
        });
    }

    private ChallengeView view(Challenge challenge, UserId viewer) {
        var id = challenge.getId();
        return ChallengeView.of(challenge, today(), challenges.participantCounts(List.of(id)).getOrDefault(id, 0),
                participants.find(id, viewer).isPresent());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A total-lost target sent in pounds or stones is kept in kilograms; other targets are not masses. */
    static BigDecimal inKilograms(ChallengeType type, BigDecimal target, MassUnit unit) {
        if (type != ChallengeType.TOTAL_LOST || target == null || unit == null || unit == MassUnit.KG) {
            return target;
        }
        return target.multiply(unit.kilograms()).setScale(2, RoundingMode.HALF_UP);
    }
}
