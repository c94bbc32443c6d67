package com.weighttracker.teams.adapter.events;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.weighttracker.teams.MemberJoinedTeam;
import com.weighttracker.teams.MemberLeftTeam;
import com.weighttracker.teams.TeamDeleted;
import com.weighttracker.teams.application.port.in.MemberTeamsChangedUseCase;

/**
 * Teams' own membership events (a join, a leave or a removal — also of a purged user — and a team's
 * deletion with all its members) evict the users' kept teams once the change has committed, on the
 * writing thread, before the writing request answers: not a derived reaction (asynchronous,
 * loss-tolerant), because membership decides who reads team content (ADR 20). A rollback evicts nothing.
 */
@Component
class MemberTeamsEviction {

    private final MemberTeamsChangedUseCase changed;

    MemberTeamsEviction(MemberTeamsChangedUseCase changed) {
        this.changed = changed;
    }

    @TransactionalEventListener(fallbackExecution = true) // after the commit, on the writing thread
    void on(MemberJoinedTeam event) {
        changed.teamsChanged(event.userId());
    }

    @TransactionalEventListener(fallbackExecution = true) // after the commit, on the writing thread
    void on(MemberLeftTeam event) {
        changed.teamsChanged(event.userId());
    }

    @TransactionalEventListener(fallbackExecution = true) // after the commit, on the writing thread
    void on(TeamDeleted event) {
        event.formerMembers().forEach(changed::teamsChanged);
    }
}
