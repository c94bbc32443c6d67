package com.weighttracker.challenges.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.ChallengeId;
import com.weighttracker.challenges.domain.ChallengeStatus;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

public interface ChallengeRepository {

    void add(Challenge challenge);

    Optional<Challenge> find(ChallengeId id);

    /** Inside a transaction: the challenge, locked until it ends (joins, edits and completion wait). */
    Optional<Challenge> lock(ChallengeId id);

    Map<ChallengeId, Challenge> findAll(Collection<ChallengeId> ids);

    /** Stores what may change: texts, rules, completion and winners. */
    void update(Challenge challenge);

    /** Deletes the challenge with its participants. */
    void delete(ChallengeId id);

    /**
     * Challenges the viewer may see (public ones and those of {@code teams}) in {@code status} on
     * {@code today} (every status when null), the soonest first (the latest completed first); only theirs
     * (created or joined) when {@code mine}.
     */
    Page<Challenge> browse(UserId viewer, Set<UUID> teams, ChallengeStatus status, boolean mine, LocalDate today,
            PageRequest page);

    /** Up to {@code limit} challenges not completed whose last day was before {@code before}, oldest first. */
    List<ChallengeId> endedBefore(LocalDate before, int limit);

    /** How many take part in each challenge. */
    Map<ChallengeId, Integer> participantCounts(Collection<ChallengeId> ids);

    /** Deletes the challenges {@code creator} created that start after {@code today}. */
    void deleteNotStartedBy(UserId creator, LocalDate today);

    /**
     * Challenges not completed that start from {@code from} to {@code to}, public or of {@code teams}: the
     * first {@code perTeam} by start of the public ones and of each team, in one query.
     */
    List<Challenge> startingBetween(LocalDate from, LocalDate to, Set<UUID> teams, int perTeam);

    /** The challenges not completed starting from {@code from} to {@code to} that each of {@code users} joined. */
    Map<UserId, List<Challenge>> joinedStartingBetween(Collection<UserId> users, LocalDate from, LocalDate to);
}
