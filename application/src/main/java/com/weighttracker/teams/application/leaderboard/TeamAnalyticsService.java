package com.weighttracker.teams.application.leaderboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.in.leaderboard.TeamAnalyticsView.ActiveMember;
import com.weighttracker.teams.application.port.in.leaderboard.TeamAnalyticsView.AverageLoss;
import com.weighttracker.teams.application.port.in.leaderboard.TeamAnalyticsView.WeekActivity;
import com.weighttracker.teams.application.port.in.leaderboard.TeamAnalyticsView;
import com.weighttracker.teams.application.port.in.leaderboard.ViewTeamAnalyticsUseCase;
import com.weighttracker.teams.application.port.out.leaderboard.TeamRoster;
import com.weighttracker.teams.domain.TeamAccess;
import com.weighttracker.teams.domain.TeamAction;
import com.weighttracker.tracking.MemberProgress;
import com.weighttracker.tracking.ProgressQuery;
import com.weighttracker.tracking.WeeklyWeighIns;
import com.weighttracker.tracking.WeighInActivityQuery;

/**
 * Team analytics (FR-7.2) for owners and admins, computed on request (they are read rarely): one
 * roster read, one identity read, and tracking's batched activity and progress queries. No
 * individual mass of a member who keeps their weights private is shown, nor one that could be
 * worked out: the mass average covers only members who show their weights.
 */
public final class TeamAnalyticsService implements ViewTeamAnalyticsUseCase {

    private final TeamRoster rosters;
    private final WeighInActivityQuery activity;
    private final ProgressQuery progress;
    private final UserDirectory users;
    private final Clock clock;

    public TeamAnalyticsService(TeamRoster rosters, WeighInActivityQuery activity, ProgressQuery progress,
            UserDirectory users, Clock clock) {
        this.rosters = rosters;
        this.activity = activity;
        this.progress = progress;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public TeamAnalyticsView analytics(UUID teamId, UserId viewer, Integer requestedWeeks, MassUnit requestedUnit) {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(viewer, "viewer");
        var weeks = requestedWeeks == null ? DEFAULT_WEEKS : requestedWeeks;
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw InvalidInput.of("weeks", "weeks must be between 1 and " + MAX_WEEKS);
        }
        rosters.access(teamId, viewer).orElseThrow(TeamAccess::teamNotFound).require(TeamAction.VIEW_ANALYTICS);
        var roster = rosters.roster(teamId).orElseThrow(TeamAccess::teamNotFound);
        var ids = new ArrayList<UserId>(roster.members().stream().map(TeamRoster.Member::userId).toList());
        if (!ids.contains(viewer)) {
            ids.add(viewer);
        }
        var facts = users.findAll(ids);
        var unit = requestedUnit != null ? requestedUnit
                : facts.containsKey(viewer) && facts.get(viewer).preferredUnit() != null
                        ? facts.get(viewer).preferredUnit() : MassUnit.KG;
        var members = roster.members().stream().map(TeamRoster.Member::userId).filter(facts::containsKey).toList();

        var weekly = activity.weighInsPerWeek(members, weeks);
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var progressById = progress.progressOf(members, today.minusDays(7L * weeks - 1), today.plusDays(1));
        return new TeamAnalyticsView(teamId, weeks, unit, roster.members().size(), activity(weekly, weeks, today),
                averageLoss(progressById, facts, unit), mostActive(weekly, facts), BigDecimal.ZERO);
    }

    private static ArrayList<WeekActivity> activity(Map<UserId, WeeklyWeighIns> weekly, int weeks, LocalDate today) {
        var thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var lines = new ArrayList<WeekActivity>(weeks);
        for (var weeksAgo = weeks - 1; weeksAgo >= 0; weeksAgo--) {
            var weighIns = 0;
            var active = 0;
            for (var member : weekly.values()) {
                var count = member.weeksAgo(weeksAgo);
                weighIns += count;
                active += count > 0 ? 1 : 0;
            }
            lines.add(new WeekActivity(thisMonday.minusWeeks(weeksAgo), weighIns, active));
        }
        return lines;
    }

    private static AverageLoss averageLoss(Map<UserId, MemberProgress> progressById, Map<UserId, UserFacts> facts,
            MassUnit unit) {
        if (progressById.isEmpty()) {
            return new AverageLoss(0, null, null, 0);
        }
        var percentSum = BigDecimal.ZERO;
        var lostKgSum = 0.0;
        var shown = 0;
        for (var member : progressById.values()) {
            percentSum = percentSum.add(member.percentLost());
            if (facts.get(member.userId()).weightVisibility() != Visibility.PRIVATE) {
                lostKgSum += member.lost().asKilograms();
                shown++;
            }
        }
        var averagePercent = percentSum.divide(BigDecimal.valueOf(progressById.size()), 2, RoundingMode.HALF_EVEN);
        var averageLost = shown == 0 ? null : MassDisplay.of(unit).value(lostKgSum / shown);
        return new AverageLoss(progressById.size(), averagePercent, averageLost, shown);
    }

    private static ArrayList<ActiveMember> mostActive(Map<UserId, WeeklyWeighIns> weekly,
            Map<UserId, UserFacts> facts) {
        var ordered = new ArrayList<>(weekly.values());
        ordered.sort(Comparator.comparingInt(WeeklyWeighIns::total).reversed()
                .thenComparing(member -> facts.get(member.userId()).username().toLowerCase(Locale.ROOT))
                .thenComparing(member -> member.userId().value()));
        var top = new ArrayList<ActiveMember>(MOST_ACTIVE);
        for (var member : ordered.subList(0, Math.min(MOST_ACTIVE, ordered.size()))) {
            var user = facts.get(member.userId());
            top.add(new ActiveMember(member.userId().value(), user.username(), user.displayName(), member.total()));
        }
        return top;
    }
}
