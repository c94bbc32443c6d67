package com.weighttracker.teams.application.port.out;

import java.util.Optional;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.domain.JoinRequest;
import com.weighttracker.teams.domain.JoinRequestId;
import com.weighttracker.teams.domain.TeamId;

public interface JoinRequestRepository {

    /** Adds a pending request; a pending one of the same user for the team is {@code TeamRejections.JoinRequestPending}. */
    void add(JoinRequest request);

    /** Inside a transaction: the team's request, locked until the transaction ends. */
    Optional<JoinRequest> lock(TeamId team, JoinRequestId id);

    /** Stores the decision or the withdrawal. */
    void update(JoinRequest request);

    /** The team's requests in that status, oldest first. */
    Page<JoinRequest> list(TeamId team, JoinRequest.Status status, PageRequest page);

    /** The user's requests in that status (all when null), newest first. */
    Page<JoinRequest> ofUser(UserId user, JoinRequest.Status status, PageRequest page);

    /** Forgets every request of the user. */
    void deleteAllOf(UserId user);
}
