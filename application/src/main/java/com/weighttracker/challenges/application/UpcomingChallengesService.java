package com.weighttracker.challenges.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.weighttracker.challenges.UpcomingChallengesQuery;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;

/**
 * The published "upcoming challenges" of many users in a fixed number of queries (their teams, unless the
 * caller holds them; the challenges open to them; those they joined), never one per user: the weekly summary
 * asks for a batch at a time, with the teams it already read.
 */
public final class UpcomingChallengesService implements UpcomingChallengesQuery {

    private final ChallengeRepository challenges;
    private final TeamMembership teams;

    public UpcomingChallengesService(ChallengeRepository challenges, TeamMembership teams) {
        this.challenges = challenges;
        this.teams = teams;
    }

    @Override
    public Map<UserId, List<UpcomingChallenge>> upcomingFor(Collection<UserId> users, LocalDate today) {
        if (users.size() > MAX_USERS) {
            throw new IllegalArgumentException("at most " + MAX_USERS + " users, not " + users.size());
        }
        if (users.isEmpty()) {
            return Map.of();
        }
        var teamsOfUser = new HashMap<UserId, Set<UUID>>();
        users.forEach(user -> teamsOfUser.put(user, Set.of()));
        teams.teamsOfAll(users).forEach((user, theirs) -> teamsOfUser.put(user,
                theirs.stream().map(TeamMembership.TeamSummary::teamId).collect(Collectors.toSet())));
        return upcomingForMembers(teamsOfUser, today);
    }

    @Override
    public Map<UserId, List<UpcomingChallenge>> upcomingForMembers(Map<UserId, ? extends Collection<UUID>> teamsOfUsers,
            LocalDate today) {
        if (teamsOfUsers.size() > MAX_USERS) {
            throw new IllegalArgumentException("at most " + MAX_USERS + " users, not " + teamsOfUsers.size());
        }
        if (teamsOfUsers.isEmpty()) {
            return Map.of();
        }
        var users = teamsOfUsers.keySet();
        var to = today.plusDays(DAYS_AHEAD);
        var teamsOfUser = new HashMap<UserId, Set<UUID>>();
        teamsOfUsers.forEach((user, theirs) -> teamsOfUser.put(user, Set.copyOf(theirs)));
        var allTeams = new HashSet<UUID>();
        teamsOfUser.values().forEach(allTeams::addAll);
        var open = challenges.startingBetween(today, to, allTeams, MAX_PER_USER);
        var joined = challenges.joinedStartingBetween(users, today, to);
        var upcoming = new HashMap<UserId, List<UpcomingChallenge>>();
        for (var user : new HashSet<>(users)) {
            var theirTeams = teamsOfUser.getOrDefault(user, Set.of());
            var listed = new LinkedHashMap<UUID, UpcomingChallenge>();
            joined.getOrDefault(user, List.of()).forEach(challenge -> listed.put(challenge.getId().value(),
                    view(challenge, true)));
            for (var challenge : open) {
                if (listed.size() >= MAX_PER_USER) {
                    break;
                }
                var mayJoin = challenge.teamId().map(theirTeams::contains).orElse(true) && challenge.isOpenToJoin(today);
                if (mayJoin) {
                    listed.putIfAbsent(challenge.getId().value(), view(challenge, false));
                }
            }
            if (!listed.isEmpty()) {
                upcoming.put(user, listed.values().stream().limit(MAX_PER_USER)
                        .sorted(Comparator.comparing(UpcomingChallenge::startDate)).toList());
            }
        }
        return upcoming;
    }

    private static UpcomingChallenge view(Challenge challenge, boolean joined) {
        return new UpcomingChallenge(challenge.getId().value(), challenge.name(), challenge.startDate(), joined);
    }
}
