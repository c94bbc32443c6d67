package com.weighttracker.example.adapter.events;

import com.weighttracker.example.application.port.in.WelcomeNewMember;
import com.weighttracker.example.application.port.in.WelcomeNewMemberUseCase;
import com.weighttracker.teams.MemberJoinedTeam;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A stateful reaction (ADR 16): after the producer's commit, in its own transaction, recorded in the event
 * publication registry until it completes, so a failure is retried; the use case is an idempotent consumer.
 */
@Component
class TeamEventsListener {

    private final WelcomeNewMemberUseCase welcome;

    TeamEventsListener(WelcomeNewMemberUseCase welcome) {
        this.welcome = welcome;
    }

    @ApplicationModuleListener
    void on(MemberJoinedTeam joined) {
        welcome.welcome(new WelcomeNewMember(joined.teamId(), joined.userId()));
    }
}
