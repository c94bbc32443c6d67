package com.weighttracker.challenges.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeStandingsChanged;
import com.weighttracker.challenges.application.port.in.ChallengeView;
import com.weighttracker.challenges.application.port.in.TakePartUseCase;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.challenges.domain.ChallengeRejections.ChallengeFull;
import com.weighttracker.challenges.domain.ChallengeRejections.JoiningClosed;
import com.weighttracker.challenges.domain.ChallengeRejections.LeavingClosed;
import com.weighttracker.challenges.domain.ChallengeRejections.NoBaselineWeighIn;
import com.weighttracker.challenges.domain.ChallengeRejections.NotAParticipant;
import com.weighttracker.challenges.domain.Participant;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.tracking.ProgressQuery;

/** Joining and leaving challenges (FR-5.2). */
public final class ParticipationService implements TakePartUseCase {

    private final ChallengeRepository challenges;
    private final ParticipantRepository participants;
    private final ChallengeLookup lookup;
    private final ProgressReader reader;
    private final UserDirectory users;
    private final Transactions transactions;
    private final DomainEvents events;
    private final Clock clock;

    public ParticipationService(ChallengeRepository challenges, ParticipantRepository participants,
            TeamMembership teams, ProgressQuery progress, UserDirectory users,
            Transactions transactions, DomainEvents events, Clock clock) {
        this.challenges = challenges;
        this.participants = participants;
        this.lookup = new ChallengeLookup(challenges, teams);
        this.reader = new ProgressReader(progress);
        this.users = users;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ChallengeView join(UserId user, UUID challengeId) {
        return transactions.inTransaction(() -> {
            var challenge = lookup.lock(user, challengeId).visible();
            var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            challenge.requireNotCompleted();
            if (!challenge.isOpenToJoin(today)) {
                throw new JoiningClosed();
            }
            var participant = Participant.join(challenge.getId(), user, clock.instant());
            if (challenge.hasStarted(today)) {
                var facts = users.findAll(List.of(user));
                var seen = reader.observe(challenge, List.of(participant), facts, today).get(user);
                if (seen == null || seen.baselineKg() == null) {
                    throw new NoBaselineWeighIn();
                }
                participant.observe(seen.baselineKg(), seen.trendKg(), seen.streakDays());
            }
            if (!participants.addIfRoom(participant)) {
                throw new ChallengeFull();
            }
            events.publish(new ChallengeStandingsChanged(challenge.getId().value()));
            var count = challenges.participantCounts(List.of(challenge.getId())).getOrDefault(challenge.getId(), 0);
            return ChallengeView.of(challenge, today, count, true);
        });
    }

    @Override
    public void leave(UserId user, UUID challengeId) {
        transactions.inTransaction(() -> {
            var challenge = lookup.lock(user, challengeId).visible();
            if (challenge.completedAt().isPresent()) {
                throw new LeavingClosed();
            }
            if (!participants.remove(challenge.getId(), user)) {
                throw new NotAParticipant();
            }
            events.publish(new ChallengeStandingsChanged(challenge.getId().value()));
        });
    }
}
