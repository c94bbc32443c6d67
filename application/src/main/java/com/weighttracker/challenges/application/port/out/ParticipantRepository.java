package com.weighttracker.challenges.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.ChallengeId;
import com.weighttracker.challenges.domain.Participant;
import com.weighttracker.shared.UserId;

public interface ParticipantRepository {

    /**
     * Adds a participant unless the challenge is full ({@link Challenge#MAX_PARTICIPANTS}), in the
     * caller's transaction. {@code ChallengeRejections.AlreadyParticipating} when they take part already.
     *
     * @return false when the challenge is full
     */
    boolean addIfRoom(Participant participant);

    Optional<Participant> find(ChallengeId challenge, UserId user);

    /** @return whether they took part */
    boolean remove(ChallengeId challenge, UserId user);

    /** Every participant of the challenge (at most {@link Challenge#MAX_PARTICIPANTS}). */
    List<Participant> of(ChallengeId challenge);

    /** Stores what the feed observed and when the target was reached. */
    void update(Collection<Participant> participants);

    /**
     * The participations of {@code users} in challenges not completed that started by {@code startedBy}.
     * Not locked: the caller locks each challenge before it changes its participants.
     */
    List<Participant> runningOf(Collection<UserId> users, LocalDate startedBy);

    /** Which of the challenges {@code user} takes part in. */
    Set<ChallengeId> joinedOf(UserId user, Collection<ChallengeId> challenges);

    /** Every challenge {@code user} takes part in, completed ones included. */
    List<ChallengeId> challengesOf(UserId user);

    /** Removes the user from every challenge. */
    void removeEverywhere(UserId user);
}
