package com.weighttracker.teams.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.domain.JoinRequest;

/**
 * Requests to join private teams (FR-3.2), decided by the team's owner and admins; the requester
 * sees their own and may withdraw a pending one.
 */
public interface ManageJoinRequestsUseCase {

    /** Asks to join a private team (known by its id); one pending request per user and team. */
    JoinRequestView submit(UserId requester, UUID teamId, String message);

    /** The team's requests in that status (pending when null), oldest first. */
    Page<JoinRequestView> list(UserId viewer, UUID teamId, JoinRequest.Status status, PageRequest page);

    /** Approves the request and makes the requester a member, if the team has room. */
    JoinRequestView approve(UserId decider, UUID teamId, UUID requestId);

    JoinRequestView reject(UserId decider, UUID teamId, UUID requestId);

    /** The requester's own requests across teams, in that status (all when null), newest first. */
    Page<OwnJoinRequestView> mine(UserId requester, JoinRequest.Status status, PageRequest page);

    /**
     * The requester withdraws their pending request (kept as withdrawn); they may ask again. Someone
     * else's request is as unknown as one that does not exist.
     */
    JoinRequestView withdraw(UserId requester, UUID teamId, UUID requestId);
}
