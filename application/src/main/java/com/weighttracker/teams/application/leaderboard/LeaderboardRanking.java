package com.weighttracker.teams.application.leaderboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.weighttracker.teams.application.port.in.leaderboard.LeaderboardSort;
import com.weighttracker.teams.application.port.out.leaderboard.TeamBoard.Line;

/**
 * Orders a board and gives ranks (ADR 0014). Equal scores share a rank ("1, 2, 2, 4") and are
 * listed by username, then user id, so the order never depends on the cache. Members without a
 * weigh-in in the period come last, without a rank. Ranked by total lost, members who keep their
 * weights private come after every member who shows a mass, ordered by % lost among themselves: a
 * place among masses would tell which masses theirs lies between.
 */
final class LeaderboardRanking {

    record Ranked(Integer rank, Line line) {
    }

    private LeaderboardRanking() {
    }

    static List<Ranked> rank(List<Line> lines, LeaderboardSort sort) {
        // each line's group, score and name key once, not once per comparison
        var keyed = new ArrayList<Keyed>(lines.size());
        for (var line : lines) {
            keyed.add(new Keyed(line, group(line, sort), score(line, sort),
                    line.username() == null ? "" : line.username().toLowerCase(Locale.ROOT)));
        }
        keyed.sort(Comparator.comparingInt(Keyed::group)
                .thenComparing(Keyed::score, Comparator.reverseOrder())
                .thenComparing(Keyed::name)
                .thenComparing(key -> key.line().userId().value()));
        var ranked = new ArrayList<Ranked>(keyed.size());
        Integer rank = null;
        for (var position = 0; position < keyed.size(); position++) {
            var key = keyed.get(position);
            if (!key.line().weighedIn()) {
                ranked.add(new Ranked(null, key.line()));
                continue;
            }
            var previous = position == 0 ? null : keyed.get(position - 1);
            if (previous == null || previous.group() != key.group() || previous.score().compareTo(key.score()) != 0) {
                rank = position + 1;
            }
            ranked.add(new Ranked(rank, key.line()));
        }
        return ranked;
    }

    private record Keyed(Line line, int group, BigDecimal score, String name) {
    }

    /** 0 ranks first; members without a weigh-in are last (2). */
    private static int group(Line line, LeaderboardSort sort) {
        if (!line.weighedIn()) {
            return 2;
        }
        return sort == LeaderboardSort.TOTAL_LOST && line.weightsPrivate() ? 1 : 0;
    }

    private static BigDecimal score(Line line, LeaderboardSort sort) {
        if (!line.weighedIn()) {
            return BigDecimal.ZERO;
        }
        return switch (sort) {
            // to the displayed precision, so members who show the same figure share a rank
            case TOTAL_LOST -> line.weightsPrivate() ? line.percentLost()
                    : BigDecimal.valueOf(line.lostKg()).setScale(2, RoundingMode.HALF_EVEN);
            case PERCENT_LOST -> line.percentLost();
            case STREAK -> BigDecimal.valueOf(line.streakDays());
            case POINTS -> BigDecimal.valueOf(line.points());
        };
    }
}
