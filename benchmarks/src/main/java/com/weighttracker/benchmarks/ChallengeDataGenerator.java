package com.weighttracker.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Adds {@code BENCH_CHALLENGES} (10,000) running challenges with {@code BENCH_PARTICIPANTS} (200,000)
 * participants over the generated users and teams (run after {@link DataGenerator} and
 * {@link TeamDataGenerator}):
 *
 * <ul>
 * <li>the first {@code 64 × BENCH_LOAD_CHALLENGES} (3: 192) are created by load user {@code c % 64 + 1},
 * who takes part in them (the leaderboard step rotates over these); the rest by ordinary users. Each
 * user is then in about two challenges, as 200,000 participations over 100,000 users make on average,
 * and a load user's weigh-in moves three challenges (the POST step with the awarding attached);</li>
 * <li>every fifth of the load users' challenges is a team challenge of a team that load user owns, its
 * participants members of that team; the others are public, their participants ordinary users drawn at
 * random;</li>
 * <li>sizes alternate around 20 (10–30, pairs summing to 40), types rotate (percent, kilograms,
 * consistency), every seventh has the handicap; all started 1–60 days ago and end after today;</li>
 * <li>baselines and trends follow the users' own weigh-ins (one UPDATE after the COPY, an index probe
 * each): the baseline is the last weigh-in on or before the start day when it lies within the 7 days
 * before it (else none, as the product would record no baseline), the trend the latest weigh-in — the
 * raw weights stand in for the product's smoothed trend, close enough for scoring cost and ranks.</li>
 * </ul>
 *
 * <p>One transaction truncates the challenges tables and COPYs (csv); then {@code analyze}, and
 * {@code bench.meta} gets the challenge columns: run.sh generates only when they are empty. A database
 * migrated by a build without the messaging, challenges and gamification scripts (whose Flyway history
 * is already past their versions) gets them run here, outside the history; start the product then with
 * {@code --spring.flyway.ignore-migration-patterns=*:ignored}.
 */
public final class ChallengeDataGenerator {

    private static final String[] TYPES = { "WEIGHT_LOSS_PERCENT", "TOTAL_LOST", "CONSISTENCY" };
    private static final String[] TARGETS = { "5.00", "4.00", "30.00" };
    private static final Map<String, String> SCRIPTS = Map.of(
            "messaging.conversations", "messaging/V2026_12_07_0200__messaging_conversations.sql",
            "challenges.challenges", "challenges/V2026_12_07_0300__challenges.sql",
            "gamification.points", "gamification/V2026_12_07_0310__gamification.sql");

    private final SplittableRandom random = new SplittableRandom(20_261_207L);

    private ChallengeDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        var challenges = Integer.parseInt(Bench.env("BENCH_CHALLENGES", "10000"));
        var participants = Integer.parseInt(Bench.env("BENCH_PARTICIPANTS", "200000"));
        var loadChallenges = Bench.LOAD_USERS * Integer.parseInt(Bench.env("BENCH_LOAD_CHALLENGES", "3"));
        try (var connection = Bench.connect()) {
            new ChallengeDataGenerator().generate(connection, challenges, participants, loadChallenges,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    void generate(Connection connection, int challenges, int participants, int loadChallenges, Instant now)
            throws SQLException, IOException {
        var started = System.nanoTime();
        ensureSchemas(connection);
        var load = ids(connection, "select id from identity.accounts where email like 'bench-load-%' order by email");
        var ordinary = ids(connection, "select id from identity.accounts where email like 'bench-0%' order by email");
        var teamsOf = teamsByOwner(connection);
        var averageSize = participants / challenges;
        if (load.size() != Bench.LOAD_USERS || ordinary.size() < 2 * averageSize || averageSize < 2) {
            throw new IllegalStateException("generate the users first: found " + load.size() + " load and "
                    + ordinary.size() + " ordinary users");
        }
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("truncate challenges.challenges cascade");
        }
        var rows = 0L;
        var participantRows = new StringBuilder(1 << 22);
        try (var challengeRows = csv(connection, "copy challenges.challenges (id, name, description, type, start_date,"
                + " end_date, target, reward_points, handicap, team_id, created_by, created_at, updated_at, completed_at,"
                + " winners) from stdin (format csv)")) {
            var spread = 0;
            for (var c = 0; c < challenges; c++) {
                var id = new UUID(random.nextLong(), random.nextLong()).toString();
                var byLoadUser = c < loadChallenges;
                var creator = byLoadUser ? load.get(c % Bench.LOAD_USERS) : ordinary.get(random.nextInt(ordinary.size()));
                // pairs of sizes around the average, so the total is exact
                if (c % 2 == 0) {
                    spread = random.nextInt(averageSize / 2 + 1);
                }
                var size = c % 2 == 0 ? averageSize - spread : averageSize + spread;
                var ownTeams = teamsOf.getOrDefault(creator, List.of());
                var team = byLoadUser && c % 5 == 4 && !ownTeams.isEmpty() ? ownTeams.get(c / 5 % ownTeams.size()) : null;
                var start = today.minusDays(1 + random.nextInt(60));
                var end = today.plusDays(1 + random.nextInt(90));
                var created = start.minusDays(1 + random.nextInt(14)).atStartOfDay().toInstant(ZoneOffset.UTC);
                var type = c % TYPES.length;
                challengeRows.append(id).append(",Bench Challenge ").append(String.format("%05d", c))
                        .append(",A generated challenge for the leaderboard benchmark,").append(TYPES[type]).append(',')
                        .append(start.toString()).append(',').append(end.toString()).append(',').append(TARGETS[type])
                        .append(",100,").append(c % 7 == 6 ? "true" : "false").append(',')
                        .append(team == null ? "" : team.id()).append(',').append(creator).append(',')
                        .append(created.toString()).append(',').append(created.toString()).append(",,{}\n");
                var chosen = new LinkedHashSet<String>();
                chosen.add(creator);
                var pool = team == null ? ordinary : team.members();
                while (chosen.size() < Math.min(size, pool.size() + 1)) {
                    chosen.add(pool.get(random.nextInt(pool.size())));
                }
                var elapsed = (int) ChronoUnit.DAYS.between(start, today);
                for (var user : chosen) {
                    var joined = start.minusDays(random.nextInt(8)).atStartOfDay().toInstant(ZoneOffset.UTC)
                            .plusSeconds(random.nextInt(86_400));
                    participantRows.append(id).append(',').append(user).append(',').append(joined.toString())
                            .append(",,,").append(Integer.toString(random.nextInt(Math.min(elapsed, 30) + 1)))
                            .append(",\n");
                }
                rows += chosen.size();
            }
        }
        try (var copy = csv(connection, "copy challenges.participants (challenge_id, user_id, joined_at, baseline_kg,"
                + " trend_kg, best_streak, reached_at) from stdin (format csv)")) {
            copy.append(participantRows);
        }
        var copied = System.nanoTime();
        try (var statement = connection.createStatement()) {
            // the users' own weigh-ins: an index probe of (user_id, recorded_at desc) each
            statement.executeUpdate("update challenges.participants p set baseline_kg = s.baseline, trend_kg = s.trend"
                    + " from (select q.challenge_id, q.user_id, b.weight_kg as baseline, t.weight_kg as trend"
                    + "   from challenges.participants q join challenges.challenges c on c.id = q.challenge_id,"
                    + "   lateral (select e.weight_kg, e.recorded_at from tracking.weight_entries e"
                    + "     where e.user_id = q.user_id and e.recorded_at < c.start_date + 1"
                    + "     order by e.recorded_at desc limit 1) b,"
                    + "   lateral (select e.weight_kg from tracking.weight_entries e where e.user_id = q.user_id"
                    + "     order by e.recorded_at desc limit 1) t"
                    + "   where b.recorded_at >= c.start_date - 7) s"
                    + " where p.challenge_id = s.challenge_id and p.user_id = s.user_id");
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("analyze challenges.challenges, challenges.participants");
        }
        var seconds = (int) ((System.nanoTime() - started) / 1_000_000_000L);
        record(connection, challenges, rows, seconds);
        System.out.printf("  %,d challenges with %,d participants (COPY csv) and their baselines and trends"
                + " (UPDATE from the weigh-ins: %,d ms): %,d s%n", challenges, rows,
                (System.nanoTime() - copied) / 1_000_000, seconds);
    }

    private record Team(String id, List<String> members) {
    }

    /** Each load user's teams (those they own), with their other members. */
    private static Map<String, List<Team>> teamsByOwner(Connection connection) throws SQLException {
        var members = new HashMap<String, List<String>>();
        var owners = new HashMap<String, String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select team_id, user_id, role from teams.members"
                        + " order by team_id, user_id")) {
            while (rows.next()) {
                if ("OWNER".equals(rows.getString(3))) {
                    owners.put(rows.getString(1), rows.getString(2));
                } else {
                    members.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        var result = new HashMap<String, List<Team>>();
        owners.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(owner -> {
            var others = members.getOrDefault(owner.getKey(), List.of());
            if (!others.isEmpty()) {
                result.computeIfAbsent(owner.getValue(), k -> new ArrayList<>()).add(new Team(owner.getKey(), others));
            }
        });
        return result;
    }

    /**
     * The schemas the challenges need when the database lacks them: a database migrated by a build
     * without their scripts has a Flyway history past their versions, so Flyway would not run them.
     */
    private static void ensureSchemas(Connection connection) throws SQLException, IOException {
        for (var table : List.of("messaging.conversations", "challenges.challenges", "gamification.points")) {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("select to_regclass('" + table + "') is not null")) {
                rows.next();
                if (rows.getBoolean(1)) {
                    continue;
                }
            }
            var script = SCRIPTS.get(table);
            try (var in = ChallengeDataGenerator.class.getResourceAsStream("/db/migration/" + script);
                    var statement = connection.createStatement()) {
                if (in == null) {
                    throw new IllegalStateException("no migration script " + script + " on the classpath");
                }
                statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            System.out.println("  the database had no " + table + ": ran " + script
                    + " (outside Flyway's history; start the product with --spring.flyway.ignore-migration-patterns=*:ignored)");
        }
    }

    private static void record(Connection connection, int challenges, long participants, int seconds)
            throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("alter table bench.meta add column if not exists challenges_generated_at timestamp with time zone,"
                    + " add column if not exists challenges integer, add column if not exists participants bigint,"
                    + " add column if not exists challenges_seconds integer");
        }
        try (var update = connection.prepareStatement("update bench.meta set challenges_generated_at = now(),"
                + " challenges = ?, participants = ?, challenges_seconds = ?")) {
            update.setInt(1, challenges);
            update.setLong(2, participants);
            update.setInt(3, seconds);
            update.executeUpdate();
        }
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
}
