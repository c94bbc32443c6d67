package com.weighttracker.challenges.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.weighttracker.challenges.ChallengeStandingsChanged;
import com.weighttracker.challenges.application.port.in.ForgetParticipantUseCase;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.Transactions;

/**
 * A purged user leaves every challenge (their progress goes with them) and the challenges they
 * created that have not started are deleted; started ones stay for the others, with the creator's id.
 */
public final class ForgetParticipantService implements ForgetParticipantUseCase {

    private final ChallengeRepository challenges;
    private final ParticipantRepository participants;
    private final Transactions transactions;
    private final DomainEvents events;
    private final Clock clock;

    public ForgetParticipantService(ChallengeRepository challenges, ParticipantRepository participants,
            Transactions transactions, DomainEvents events, Clock clock) {
        this.challenges = challenges;
        this.participants = participants;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void forget(UserId user) {
        transactions.inTransaction(() -> {
            // their boards are evicted once this commits
            participants.challengesOf(user)
                    .forEach(challenge -> events.publish(new ChallengeStandingsChanged(challenge.value())));
            participants.removeEverywhere(user);
            challenges.deleteNotStartedBy(user, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        });
    }
}
