package com.weighttracker.teams.application.leaderboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.MemberPoints;
import com.weighttracker.tracking.MemberProgress;
import com.weighttracker.tracking.ProgressQuery;
import com.weighttracker.teams.domain.LeaderboardPeriod;
import com.weighttracker.teams.application.port.in.leaderboard.LeaderboardRequest;
import com.weighttracker.teams.application.port.in.leaderboard.LeaderboardView;
import com.weighttracker.teams.application.port.in.leaderboard.ViewLeaderboardUseCase;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardCache;
import com.weighttracker.teams.application.port.out.leaderboard.TeamBoard;
import com.weighttracker.teams.application.port.out.leaderboard.TeamRoster;
import com.weighttracker.teams.domain.TeamAccess;
import com.weighttracker.teams.domain.TeamAction;

/**
 * Team leaderboards (FR-3.4). A board is computed once per team, period and UTC day from
 * tracking's {@link ProgressQuery} (trend-based, each member's local days) and identity's
 * {@link UserDirectory} (names, visibility), both batched, and cached; each request only checks
 * access, ranks the cached lines and converts masses to the viewer's unit. Private members' masses
 * are dropped before the board is cached, so no view, cache entry or event can show them.
 */
public final class LeaderboardService implements ViewLeaderboardUseCase {

    private final TeamRoster rosters;
    private final LeaderboardCache cache;
    private final ProgressQuery progress;
    private final UserDirectory users;
    private final MemberPoints points;
    private final Clock clock;

    /** @param points the points members earned (gamification's); they are as old as the cached board */
    public LeaderboardService(TeamRoster rosters, LeaderboardCache cache, ProgressQuery progress, UserDirectory users,
            MemberPoints points, Clock clock) {
        this.rosters = rosters;
        this.cache = cache;
        this.progress = progress;
        this.users = users;
        this.points = points;
        this.clock = clock;
    }

    @Override
    public LeaderboardView leaderboard(LeaderboardRequest request) {
        Objects.requireNonNull(request, "request");
        rosters.access(request.teamId(), request.viewer()).orElseThrow(TeamAccess::teamNotFound)
                .require(TeamAction.VIEW_LEADERBOARD);
        var asOf = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var board = cache.board(request.teamId(), request.period(), asOf,
                () -> compute(request.teamId(), request.period(), asOf));
        var viewerFacts = new ViewerFacts(request.viewer());
        var unit = request.unit() != null ? request.unit()
                : viewerFacts.get().map(UserFacts::preferredUnit).filter(Objects::nonNull).orElse(MassUnit.KG);
        var display = MassDisplay.of(unit);

        var ranked = LeaderboardRanking.rank(board.lines(), request.sortBy());
        var page = request.page();
        var entries = new ArrayList<LeaderboardView.Entry>();
        var end = Math.min(ranked.size(), page.offset() + page.limit());
        for (var i = (int) Math.min(page.offset(), ranked.size()); i < end; i++) {
            var line = ranked.get(i).line();
            var own = line.weightsPrivate() && line.userId().equals(request.viewer())
                    ? ownProgress(line.userId(), viewerFacts, board) : null;
            entries.add(own == null
                    ? new LeaderboardView.Entry(ranked.get(i).rank(), line.userId().value(), line.username(),
                            line.displayName(), line.role(), line.weightsPrivate(), line.weighedIn(),
                            line.percentLost(), display.value(line.lostKg()), display.value(line.startKg()),
                            display.value(line.currentKg()), display.value(line.trendKg()), line.streakDays(),
                            line.points())
                    : new LeaderboardView.Entry(ranked.get(i).rank(), line.userId().value(), line.username(),
                            line.displayName(), line.role(), true, line.weighedIn(), line.percentLost(),
                            display.value(own.lost().asKilograms()), display.value(own.start().asKilograms()),
                            display.value(own.current().asKilograms()), display.value(own.trend().asKilograms()),
                            line.streakDays(), line.points()));
        }
        return new LeaderboardView(board.teamId(), request.sortBy(), board.period(), board.from(), board.to(), unit,
                board.computedAt(), new Page<>(entries, page, ranked.size()));
    }

    private TeamBoard compute(UUID teamId, LeaderboardPeriod period, LocalDate asOf) {
        var roster = rosters.roster(teamId).orElseThrow(TeamAccess::teamNotFound);
        var from = period.firstDay(asOf, LocalDate.ofInstant(roster.createdAt(), ZoneOffset.UTC),
                ProgressQuery.MAX_PERIOD_DAYS);
        var to = period.lastDay(asOf);
        var ids = roster.members().stream().map(TeamRoster.Member::userId).toList();
        // members identity no longer knows (pending deletion) are left out
        var facts = users.findAll(ids);
        var progressById = progress.progressOfKnown(facts, from, to);
        var pointsById = points.pointsOf(facts.keySet());
        var lines = new ArrayList<TeamBoard.Line>(facts.size());
        for (var member : roster.members()) {
            var known = facts.get(member.userId());
            if (known != null) {
                lines.add(line(member, known, progressById.get(member.userId()),
                        pointsById.getOrDefault(member.userId(), 0)));
            }
        }
        return new TeamBoard(teamId, period, asOf, from, to, clock.instant(), lines);
    }

    /**
     * The viewer's own figures when they keep their weights private: they may always see their own
     * (nobody else does, and the cached board never holds them); rank and order stay those of the
     * shared board. One progress query, only for such a viewer on the page.
     */
    private MemberProgress ownProgress(UserId viewer, ViewerFacts viewerFacts, TeamBoard board) {
        return viewerFacts.get()
                .map(facts -> progress.progressOfKnown(Map.of(viewer, facts), board.from(), board.to()).get(viewer))
                .orElse(null);
    }

    /** The viewer's facts, looked up at most once per request and only when needed. */
    private final class ViewerFacts {
        private final UserId viewer;
        private Optional<UserFacts> facts;

        ViewerFacts(UserId viewer) {
            this.viewer = viewer;
        }

        Optional<UserFacts> get() {
            if (facts == null) {
                facts = users.find(viewer);
            }
            return facts;
        }
    }

    /** The only place a shared board line is made: a private member's masses are not even read. */
    private static TeamBoard.Line line(TeamRoster.Member member, UserFacts facts, MemberProgress progress,
            int points) {
        var weightsPrivate = facts.weightVisibility() == Visibility.PRIVATE;
        if (progress == null) {
            return new TeamBoard.Line(member.userId(), facts.username(), facts.displayName(), member.role(),
                    weightsPrivate, null, 0, points, null, null, null, null);
        }
        if (weightsPrivate) {
            return new TeamBoard.Line(member.userId(), facts.username(), facts.displayName(), member.role(), true,
                    progress.percentLost(), progress.streakDays(), points, null, null, null, null);
        }
        return new TeamBoard.Line(member.userId(), facts.username(), facts.displayName(), member.role(), false,
                progress.percentLost(), progress.streakDays(), points, progress.lost().asKilograms(),
                progress.start().asKilograms(), progress.current().asKilograms(), progress.trend().asKilograms());
    }
}
