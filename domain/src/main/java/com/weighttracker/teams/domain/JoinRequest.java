package com.weighttracker.teams.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.JoinRequestDecided;
import com.weighttracker.teams.domain.TeamRejections.JoinRequestClosed;

/**
 * A request to join a private team (FR-3.2), decided by those who may decide join requests, or
 * withdrawn by the requester while pending. A user has at most one pending request per team (a
 * unique index keeps it so under concurrency).
 */
public final class JoinRequest extends EventRecordingAggregate<JoinRequest, JoinRequestId> {

    public static final int MAX_MESSAGE = 500;

    public enum Status {
        PENDING, APPROVED, REJECTED, WITHDRAWN
    }

    private final JoinRequestId id;
    private final TeamId teamId;
    private final UserId userId;
    private final String message;
    private Status status;
    private final Instant createdAt;
    private Instant decidedAt;
    private UserId decidedBy;

    private JoinRequest(JoinRequestId id, TeamId teamId, UserId userId, String message, Status status,
            Instant createdAt, Instant decidedAt, UserId decidedBy) {
        this.id = Objects.requireNonNull(id);
        this.teamId = Objects.requireNonNull(teamId);
        this.userId = Objects.requireNonNull(userId);
        this.message = message;
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    public static JoinRequest submit(JoinRequestId id, TeamId teamId, UserId userId, String message, Instant now) {
        var text = message == null || message.isBlank() ? null : Rules.maxLength("message", message.strip(),
                MAX_MESSAGE);
        return new JoinRequest(id, teamId, userId, text, Status.PENDING, now, null, null);
    }

    public static JoinRequest restore(JoinRequestId id, TeamId teamId, UserId userId, String message, Status status,
            Instant createdAt, Instant decidedAt, UserId decidedBy) {
        return new JoinRequest(id, teamId, userId, message, status, createdAt, decidedAt, decidedBy);
    }

    /** Approves the request; the caller then makes the requester a member. */
    public void approve(Membership decider, Instant now) {
        decide(decider, Status.APPROVED, now);
    }

    public void reject(Membership decider, Instant now) {
        decide(decider, Status.REJECTED, now);
    }

    /**
     * The requester takes back their pending request; it is kept as withdrawn, closed by them at
     * {@code now}, and they may ask again.
     */
    public void withdraw(UserId requester, Instant now) {
        if (!requester.equals(userId)) {
            throw new IllegalArgumentException("only the requester withdraws a join request");
        }
        close(Status.WITHDRAWN, requester, now);
    }

    private void decide(Membership decider, Status decision, Instant now) {
        decider.require(TeamAction.DECIDE_JOIN_REQUESTS);
        if (!decider.teamId().equals(teamId)) {
            throw new IllegalArgumentException("the decider is a member of another team");
        }
        close(decision, decider.userId(), now);
        register(new JoinRequestDecided(id.value(), teamId.value(), userId, decision == Status.APPROVED, now));
    }

    private void close(Status outcome, UserId by, Instant now) {
        if (status != Status.PENDING) {
            throw new JoinRequestClosed(status);
        }
        status = outcome;
        decidedAt = now;
        decidedBy = by;
    }

    @Override
    public JoinRequestId getId() {
        return id;
    }

    public TeamId teamId() {
        return teamId;
    }

    public UserId userId() {
        return userId;
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<UserId> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }
}
