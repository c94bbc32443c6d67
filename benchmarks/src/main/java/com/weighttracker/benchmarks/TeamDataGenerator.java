package com.weighttracker.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Adds {@code BENCH_TEAMS} (1,000) teams of up to 200 members over the generated users (run after
 * {@link DataGenerator}, or on its own over an earlier data set): team {@code t} is owned by load user
 * {@code t % 64 + 1} (so every load user owns about 16 teams and can read their boards), every fourth
 * team is private, the first tenth has the full 200 members and the rest 5–200; the other members are
 * ordinary generated users (2 admins and 2 moderators among them). Replaces earlier teams.
 * {@code BenchAdmin teams} lists them for the leaderboard steps.
 */
public final class TeamDataGenerator {

    static final int MEMBER_LIMIT = 200;
    private static final long DAY = 86_400L;

    private final SplittableRandom random = new SplittableRandom(20_261_125L);

    private TeamDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        var teams = Integer.parseInt(Bench.env("BENCH_TEAMS", "1000"));
        try (var connection = Bench.connect()) {
            new TeamDataGenerator().generate(connection, teams, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    void generate(Connection connection, int teams, Instant now) throws SQLException, IOException {
        var started = System.nanoTime();
        var load = ids(connection, "select id from identity.accounts where email like 'bench-load-%' order by email");
        var ordinary = ids(connection,
                "select id from identity.accounts where email like 'bench-0%' order by email");
        if (load.size() != Bench.LOAD_USERS || ordinary.size() < MEMBER_LIMIT) {
            throw new IllegalStateException("generate the users first: found " + load.size() + " load and "
                    + ordinary.size() + " ordinary users");
        }
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("truncate teams.teams cascade");
        }
        var members = 0L;
        // one COPY at a time on a connection: the members (about 100,000 short lines) wait in memory
        var memberRows = new StringBuilder(1 << 20);
        try (var teamRows = csv(connection, "copy teams.teams (id, name, description, visibility, member_limit,"
                + " member_count, avatar_key, created_at, updated_at, version) from stdin (format csv)")) {
            for (var t = 0; t < teams; t++) {
                var id = new UUID(random.nextLong(), random.nextLong()).toString();
                var size = t < teams / 10 ? MEMBER_LIMIT : 5 + random.nextInt(MEMBER_LIMIT - 4);
                var created = now.getEpochSecond() - (30 + random.nextInt(400)) * DAY;
                teamRows.append(id).append(",Bench Team ").append(String.format("%04d", t))
                        .append(",A generated team for the leaderboard benchmark,")
                        .append(t % 4 == 3 ? "PRIVATE" : "PUBLIC").append(',').append(Integer.toString(MEMBER_LIMIT))
                        .append(',').append(Integer.toString(size)).append(",,").append(timestamp(created)).append(',')
                        .append(timestamp(created)).append(",0\n");
                memberRows.append(id).append(',').append(load.get(t % Bench.LOAD_USERS)).append(",OWNER,")
                        .append(timestamp(created)).append('\n');
                var chosen = new HashSet<Integer>();
                while (chosen.size() < size - 1) {
                    chosen.add(random.nextInt(ordinary.size()));
                }
                var n = 0;
                for (var index : chosen) {
                    var role = n < 2 ? "ADMIN" : n < 4 ? "MODERATOR" : "MEMBER";
                    memberRows.append(id).append(',').append(ordinary.get(index)).append(',').append(role).append(',')
                            .append(timestamp(created + random.nextLong(20 * DAY))).append('\n');
                    n++;
                }
                members += size;
            }
        }
        try (var copy = csv(connection, "copy teams.members (team_id, user_id, role, joined_at) from stdin (format csv)")) {
            copy.append(memberRows);
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("analyze teams.teams, teams.members");
        }
        System.out.printf("  %,d teams with %,d members (COPY csv): %,d ms%n", teams, members,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<String> ids(Connection connection, String sql) throws SQLException {
        var ids = new ArrayList<String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static Writer csv(Connection connection, String sql) throws SQLException {
        var stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 20);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String timestamp(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
    }
}
