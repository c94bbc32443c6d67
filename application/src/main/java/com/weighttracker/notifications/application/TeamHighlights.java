package com.weighttracker.notifications.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.teams.TeamMembership.TeamSummary;
import com.weighttracker.tracking.WeighInActivityQuery;

/**
 * The weekly summary's team highlights (FR-7.3): for each of a user's teams (the first few by name), how
 * many of its members weighed in last week, each in their own local week. Counts only, never a mass, so
 * private members are safe in it. A team's line is the same for every member, so it is worked out once per
 * team and week and remembered (a bounded cache): 100,000 summaries cost about one team's worth of reads per
 * team, not per reader, and the teams a batch meets first are counted together (their members' weigh-ins read
 * 500 members at a time).
 */
final class TeamHighlights {

    /** Highlights in one e-mail at most. */
    static final int MAX_TEAMS = 3;
    private static final int REMEMBERED = 10_000;

    private final TeamMembership teams;
    private final WeighInActivityQuery activity;
    private final Clock clock;
    private final Map<TeamWeek, Integer> activeMembers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TeamWeek, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };

    TeamHighlights(TeamMembership teams, WeighInActivityQuery activity, Clock clock) {
        this.teams = teams;
        this.activity = activity;
        this.clock = clock;
    }

    /** A team in one ISO week (of UTC now: members' weeks are their own, the key only ages the cache). */
    private record TeamWeek(UUID team, int year, int week) {
    }

    /**
     * One line per team, e.g. "Morning Walkers: 12 of 20 members weighed in last week", for users whose teams
     * the caller read ({@link TeamMembership#teamsOfAll}: the summary reads them once for this and the challenges).
     */
    Map<UserId, List<String>> of(Map<UserId, List<TeamSummary>> teamsOfUsers) {
        if (teamsOfUsers.isEmpty()) {
            return Map.of();
        }
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var year = today.get(IsoFields.WEEK_BASED_YEAR);
        var week = today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        var shown = new HashMap<UserId, List<TeamSummary>>();
        teamsOfUsers.forEach((user, theirs) -> shown.put(user, theirs.stream().limit(MAX_TEAMS).toList()));
        var teamIds = new LinkedHashSet<UUID>();
        shown.values().forEach(theirs -> theirs.forEach(team -> teamIds.add(team.teamId())));
        var counts = activeMembersOf(teamIds, year, week);
        var lines = new HashMap<UserId, List<String>>();
        shown.forEach((user, theirs) -> lines.put(user, theirs.stream()
                .map(team -> line(team, counts.get(team.teamId()))).toList()));
        return lines;
    }

    /**
     * Each team's count of members who weighed in last week: the remembered ones as they are, the others worked
     * out together, the members of all of them read in groups of up to {@link WeighInActivityQuery#MAX_USERS}
     * (one activity query per group, not one per team: the first batches of a Monday meet most teams).
     */
    private synchronized Map<UUID, Integer> activeMembersOf(Set<UUID> teamIds, int year, int week) {
        var counts = new HashMap<UUID, Integer>();
        var membersOf = new LinkedHashMap<UUID, Set<UserId>>();
        for (var team : teamIds) {
            var known = activeMembers.get(new TeamWeek(team, year, week));
            if (known != null) {
                counts.put(team, known);
            } else {
                membersOf.put(team, teams.memberIds(team));
            }
        }
        if (membersOf.isEmpty()) {
            return counts;
        }
        var everyone = new ArrayList<UserId>(new LinkedHashSet<>(membersOf.values().stream().flatMap(Set::stream).toList()));
        var active = new HashSet<UserId>();
        for (var from = 0; from < everyone.size(); from += WeighInActivityQuery.MAX_USERS) {
            var group = everyone.subList(from, Math.min(everyone.size(), from + WeighInActivityQuery.MAX_USERS));
            activity.weighInsPerWeek(group, 2).forEach((member, weeks) -> {
                if (weeks.weeksAgo(1) > 0) {
                    active.add(member);
                }
            });
        }
        membersOf.forEach((team, members) -> {
            var count = (int) members.stream().filter(active::contains).count();
            activeMembers.put(new TeamWeek(team, year, week), count);
            counts.put(team, count);
        });
        return counts;
    }

    private static String line(TeamSummary team, int active) {
        return team.name() + ": " + active + " of " + team.memberCount() + (team.memberCount() == 1 ? " member" : " members")
                + " weighed in last week";
    }
}
