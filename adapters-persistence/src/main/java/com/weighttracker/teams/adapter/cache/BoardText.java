package com.weighttracker.teams.adapter.cache;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.LeaderboardPeriod;
import com.weighttracker.teams.application.port.out.leaderboard.TeamBoard;

/**
 * A board as text for Redis: a header line, then one tab-separated line per member; "~" is null and
 * names are URL-encoded (so they hold neither tabs, newlines nor "~"). Written from a
 * {@link TeamBoard}, which holds no mass of a member who keeps their weights private, so neither does
 * the text. Plain text rather than a serialised object: no class names in Redis, and cheap to read.
 */
final class BoardText {

    private static final String VERSION = "board/1";
    private static final String NULL = "~";

    private BoardText() {
    }

    static String write(TeamBoard board) {
        var text = new StringBuilder(64 + board.lines().size() * 160);
        text.append(VERSION).append('\t').append(board.teamId()).append('\t').append(board.period().name())
                .append('\t').append(board.asOf()).append('\t').append(board.from()).append('\t').append(board.to())
                .append('\t').append(board.computedAt());
        for (var line : board.lines()) {
            text.append('\n').append(line.userId().value()).append('\t').append(name(line.username())).append('\t')
                    .append(name(line.displayName())).append('\t').append(line.role().name()).append('\t')
                    .append(line.weightsPrivate() ? '1' : '0').append('\t').append(orNull(line.percentLost()))
                    .append('\t').append(line.streakDays()).append('\t').append(line.points()).append('\t')
                    .append(orNull(line.lostKg())).append('\t').append(orNull(line.startKg())).append('\t')
                    .append(orNull(line.currentKg())).append('\t').append(orNull(line.trendKg()));
        }
        return text.toString();
    }

    static TeamBoard read(String text) {
        var rows = text.split("\n");
        var header = rows[0].split("\t");
        if (!VERSION.equals(header[0])) {
            throw new IllegalStateException("unknown cached board format " + header[0]);
        }
        var lines = new ArrayList<TeamBoard.Line>(rows.length - 1);
        for (var i = 1; i < rows.length; i++) {
            var f = rows[i].split("\t", -1);
            lines.add(new TeamBoard.Line(new UserId(UUID.fromString(f[0])), unname(f[1]), unname(f[2]),
                    TeamRole.valueOf(f[3]), "1".equals(f[4]), NULL.equals(f[5]) ? null : new BigDecimal(f[5]),
                    Integer.parseInt(f[6]), Integer.parseInt(f[7]), kilograms(f[8]), kilograms(f[9]),
                    kilograms(f[10]), kilograms(f[11])));
        }
        return new TeamBoard(UUID.fromString(header[1]), LeaderboardPeriod.valueOf(header[2]),
                LocalDate.parse(header[3]), LocalDate.parse(header[4]), LocalDate.parse(header[5]),
                Instant.parse(header[6]), lines);
    }

    private static String name(String value) {
        return value == null ? NULL : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unname(String value) {
        return NULL.equals(value) ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String orNull(Object value) {
        return value == null ? NULL : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static Double kilograms(String value) {
        return NULL.equals(value) ? null : Double.valueOf(value);
    }
}
