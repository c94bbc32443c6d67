package com.weighttracker.challenges.adapter.cache;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import com.weighttracker.challenges.application.port.out.ChallengeBoard;
import com.weighttracker.shared.UserId;

/**
 * A challenge board as text for Redis, like team boards' text (ADR 14): a header line, then one
 * tab-separated line per participant in rank order; "~" is null and names are URL-encoded (so they
 * hold neither tabs, newlines nor "~"). Written from a {@link ChallengeBoard}, which holds no mass of
 * a participant who keeps their weights private, so neither does the text.
 */
final class ChallengeBoardText {

    private static final String VERSION = "challenge-board/1";
    private static final String NULL = "~";

    private ChallengeBoardText() {
    }

    static String write(ChallengeBoard board) {
        var text = new StringBuilder(64 + board.lines().size() * 140);
        text.append(VERSION).append('\t').append(board.challengeId()).append('\t').append(board.asOf()).append('\t')
                .append(board.computedAt());
        for (var line : board.lines()) {
            text.append('\n').append(orNull(line.rank())).append('\t').append(line.userId().value()).append('\t')
                    .append(name(line.username())).append('\t').append(name(line.displayName())).append('\t')
                    .append(flag(line.weightsPrivate())).append('\t').append(flag(line.qualified())).append('\t')
                    .append(orNull(line.score())).append('\t').append(orNull(line.percentLost())).append('\t')
                    .append(orNull(line.lostKg())).append('\t').append(orNull(line.creditedKg())).append('\t')
                    .append(flag(line.capped())).append('\t').append(line.streakDays()).append('\t')
                    .append(flag(line.reachedTarget()));
        }
        return text.toString();
    }

    static ChallengeBoard read(String text) {
        var rows = text.split("\n");
        var header = rows[0].split("\t");
        if (!VERSION.equals(header[0])) {
            throw new IllegalStateException("unknown cached challenge board format " + header[0]);
        }
        var lines = new ArrayList<ChallengeBoard.Line>(rows.length - 1);
        for (var i = 1; i < rows.length; i++) {
            var f = rows[i].split("\t", -1);
            lines.add(new ChallengeBoard.Line(NULL.equals(f[0]) ? null : Integer.valueOf(f[0]),
                    new UserId(UUID.fromString(f[1])), unname(f[2]), unname(f[3]), "1".equals(f[4]), "1".equals(f[5]),
                    decimal(f[6]), decimal(f[7]), kilograms(f[8]), kilograms(f[9]), "1".equals(f[10]),
                    Integer.parseInt(f[11]), "1".equals(f[12])));
        }
        return new ChallengeBoard(UUID.fromString(header[1]), LocalDate.parse(header[2]), Instant.parse(header[3]),
                lines);
    }

    private static char flag(boolean value) {
        return value ? '1' : '0';
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

    private static BigDecimal decimal(String value) {
        return NULL.equals(value) ? null : new BigDecimal(value);
    }

    private static Double kilograms(String value) {
        return NULL.equals(value) ? null : Double.valueOf(value);
    }
}
