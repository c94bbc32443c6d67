package com.weighttracker.teams.adapter.events;

import java.util.Collection;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.weighttracker.shared.UserId;
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

    @EventListener
    void on(MemberJoinedTeam event) {
        afterCommit(List.of(event.userId()));
    }

    @EventListener
    void on(MemberLeftTeam event) {
        afterCommit(List.of(event.userId()));
    }

    @EventListener
    void on(TeamDeleted event) {
        afterCommit(event.formerMembers());
    }

    private void afterCommit(Collection<UserId> users) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            users.forEach(changed::teamsChanged);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    users.forEach(changed::teamsChanged);
                }
            }
        });
    }
}
