package com.weighttracker.notifications.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.teams.TeamMembership.TeamSummary;
import com.weighttracker.tracking.WeighInActivityQuery;

/**
 * The weekly summary's team highlights (FR-7.3): for each of a user's teams (the first few by name), how
 * many of its members weighed in last week, each in their own local week. Counts only, never a mass, so
 * private members are safe in it. A team's line is the same for every member, so it is worked out once per
 * team and week and remembered (a bounded cache): 100,000 summaries cost one query per team, not per reader.
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
        var lines = new HashMap<UserId, List<String>>();
        teamsOfUsers.forEach((user, theirs) -> lines.put(user, theirs.stream().limit(MAX_TEAMS)
                .map(team -> line(team, active(new TeamWeek(team.teamId(), year, week)))).toList()));
        return lines;
    }

    private synchronized int active(TeamWeek key) {
        var known = activeMembers.get(key);
        if (known != null) {
            return known;
        }
        var members = teams.memberIds(key.team());
        var count = (int) activity.weighInsPerWeek(members, 2).values().stream()
                .filter(weeks -> weeks.weeksAgo(1) > 0).count();
        activeMembers.put(key, count);
        return count;
    }

    private static String line(TeamSummary team, int active) {
        return team.name() + ": " + active + " of " + team.memberCount() + (team.memberCount() == 1 ? " member" : " members")
                + " weighed in last week";
    }
}
