package com.weighttracker.teams.adapter.messaging;

import org.springframework.stereotype.Component;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.SubscriptionGuard;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.domain.TeamId;

/**
 * Only a team's members may subscribe to its topics, public team or not: live notices are a
 * member's view (an outsider of a public team reads the board over REST).
 */
@Component
class TeamSubscriptions implements SubscriptionGuard {

    private final MemberRepository members;

    TeamSubscriptions(MemberRepository members) {
        this.members = members;
    }

    @Override
    public String prefix() {
        return TeamTopics.PREFIX;
    }

    @Override
    public boolean mayReceive(UserId user, String destination) {
        return TeamTopics.teamOf(destination).map(team -> members.find(new TeamId(team), user).isPresent())
                .orElse(false);
    }
}
