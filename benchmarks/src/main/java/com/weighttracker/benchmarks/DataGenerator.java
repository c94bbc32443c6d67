package com.weighttracker.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills the benchmark database (BenchmarkDatabase must be running) with {@code BENCH_USERS}
 * (100,000) accounts and profiles and {@code BENCH_ENTRIES} (20,000,000) weigh-ins, by COPY:
 *
 * <ul>
 * <li>user 0 is the heavy user ({@value Bench#HEAVY_EMAIL}): 1,825 daily weigh-ins (5 years);</li>
 * <li>users 1–64 are the load users (bench-load-01…64@bench.example): 150–400 weigh-ins each;</li>
 * <li>everyone else has a log-normal number of weigh-ins (median ≈ 110, mean ≈ 200, up to 2,900),
 * daily, every few days or weekly, active or long gone, in kg, lb or st, with a downward drift,
 * a weekly wiggle and day-to-day noise; some weigh on a smart scale (body fat, water, muscle).</li>
 * </ul>
 *
 * All accounts share one bcrypt (cost 12) hash of {@value Bench#PASSWORD}. Ids are UUIDv7 taken
 * from the row's creation time. Weigh-ins are written in time order across all users (as an app
 * would have inserted them), so one user's rows are spread over many heap pages, not clustered.
 *
 * <p>One transaction truncates, drops the weigh-in table's indexes and constraints (their
 * definitions read from the catalog, so later migrations' indexes are kept too) and COPYs with
 * FREEZE (no later VACUUM needed for index-only scans); then the indexes are rebuilt, the tables
 * analysed and a checkpoint taken. {@code bench.meta} records the run: run.sh generates only when
 * it is missing.
 */
public final class DataGenerator {

    private static final long DAY = 86_400L;
    /** The last weigh-in is at least this long before "now", so every generated created_at is too. */
    private static final long QUIET_BEFORE_NOW = 4 * 3_600L;
    private static final long MAX_SPAN_DAYS = 3_287; // 9 years
    private static final int MAX_ENTRIES_PER_USER = 2_900;
    private static final int HEAVY_ENTRIES = 1_825;
    /** lb × 10^10 / 100 per hundredth of a pound: 0.45359237 kg exactly. */
    private static final long KG_UNSCALED_PER_HUNDREDTH_LB = 45_359_237L;
    private static final long KG_UNSCALED_PER_HUNDREDTH_KG = 100_000_000L;

    private static final String[] UNITS = { "KG", "LB", "ST" };
    private static final String[] ZONES = { "Europe/Berlin", "Europe/London", "Europe/Paris", "America/New_York",
            "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Kolkata",
            "Australia/Sydney", "UTC" };
    private static final String[] GENDERS = { "FEMALE", "MALE", "NON_BINARY", "PREFER_NOT_TO_SAY" };
    private static final String[] ACTIVITY = { "SEDENTARY", "LIGHT", "MODERATE", "ACTIVE", "VERY_ACTIVE" };
    private static final String[] NOTES = { "after the gym", "felt bloated", "holiday week", "new scale",
            "before breakfast", "bad night's sleep", "birthday dinner yesterday", "back on track" };

    private final SplittableRandom random = new SplittableRandom(20_260_101L);
    private final int users;
    private final long entries;
    private final long now;

    // the plan, one slot per user (index 0 heavy, 1..64 load, the rest ordinary)
    private final long[] idHigh;
    private final long[] idLow;
    private final int[] count;
    private final byte[] unit;
    private final long[] start;
    private final int[] gap;
    private final float[] startKg;
    private final float[] lossKg;
    private final float[] tauDays;
    private final float[] muscleShare;
    private final float[] fatPercent;
    private final boolean[] smartScale;
    private final long[] accountCreated;

    private long heavySumUnscaled;

    private DataGenerator(int users, long entries, long now) {
        this.users = users;
        this.entries = entries;
        this.now = now;
        idHigh = new long[users];
        idLow = new long[users];
        count = new int[users];
        unit = new byte[users];
        start = new long[users];
        gap = new int[users];
        startKg = new float[users];
        lossKg = new float[users];
        tauDays = new float[users];
        muscleShare = new float[users];
        fatPercent = new float[users];
        smartScale = new boolean[users];
        accountCreated = new long[users];
    }

    public static void main(String[] args) throws Exception {
        var users = Integer.parseInt(Bench.env("BENCH_USERS", "100000"));
        var entries = Long.parseLong(Bench.env("BENCH_ENTRIES", "20000000"));
        if (users < Bench.LOAD_USERS + 2 || entries < (long) users + HEAVY_ENTRIES + 400L * Bench.LOAD_USERS) {
            throw new IllegalArgumentException("need at least " + (Bench.LOAD_USERS + 2) + " users and enough entries");
        }
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
        new DataGenerator(users, entries, now).run();
    }

    private void run() throws Exception {
        var total = System.nanoTime();
        System.out.printf("Generating %,d users and %,d weigh-ins into %s%n", users, entries, Bench.jdbcUrl());

        var phase = System.nanoTime();
        plan();
        var hash = new BCryptPasswordEncoder(12).encode(Bench.PASSWORD);
        System.out.printf("  plan + one bcrypt hash: %,d ms%n", millisSince(phase));

        try (var connection = Bench.connect()) {
            connection.setAutoCommit(false);
            List<String> rebuild;
            try (var statement = connection.createStatement()) {
                statement.execute("create schema if not exists bench");
                statement.execute("drop table if exists bench.meta");
                // teams refer to the users: TeamDataGenerator makes them again
                statement.execute("truncate identity.accounts, tracking.weight_entries, tracking.entry_tallies, tracking.goals,"
                        + " teams.teams cascade");
                rebuild = dropWeightEntryIndexes(statement);
            }

            phase = System.nanoTime();
            copyAccounts(connection, hash);
            copyProfiles(connection);
            copyGoals(connection);
            System.out.printf("  accounts, profiles, goals (COPY csv): %,d ms%n", millisSince(phase));

            phase = System.nanoTime();
            var copied = copyWeightEntries(connection);
            System.out.printf("  %,d weigh-ins (COPY binary, FREEZE): %,d ms%n", copied, millisSince(phase));
            phase = System.nanoTime();
            connection.commit();
            System.out.printf("  commit: %,d ms%n", millisSince(phase));

            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                for (var ddl : rebuild) {
                    phase = System.nanoTime();
                    statement.execute(ddl);
                    System.out.printf("  %s: %,d ms%n", ddl, millisSince(phase));
                }
                phase = System.nanoTime();
                statement.execute("insert into tracking.entry_tallies (user_id, entries)"
                        + " select user_id, count(*) from tracking.weight_entries group by user_id");
                System.out.printf("  entry tallies: %,d ms%n", millisSince(phase));
                phase = System.nanoTime();
                statement.execute("analyze identity.accounts, identity.profiles, tracking.goals, tracking.weight_entries,"
                        + " tracking.entry_tallies");
                System.out.printf("  analyze: %,d ms%n", millisSince(phase));
                phase = System.nanoTime();
                statement.execute("checkpoint");
                System.out.printf("  checkpoint: %,d ms%n", millisSince(phase));
                verify(statement);
                statement.execute("create table bench.meta (generated_at timestamptz not null, users int not null,"
                        + " entries bigint not null, heavy_user_id uuid not null, seconds int not null)");
                statement.execute(String.format("insert into bench.meta values (to_timestamp(%d), %d, %d, '%s', %d)",
                        now, users, entries, new UUID(idHigh[0], idLow[0]), millisSince(total) / 1000));
            }
        }
        System.out.printf("Done in %,d s%n", millisSince(total) / 1000);
    }

    // ---------------------------------------------------------------- the plan

    private void plan() {
        var end = now - QUIET_BEFORE_NOW;
        // heavy user: five years of daily weigh-ins up to yesterday morning
        count[0] = HEAVY_ENTRIES;
        gap[0] = (int) DAY;
        start[0] = end - DAY - (HEAVY_ENTRIES - 1) * DAY;
        person(0, 0, 97f, false);
        var assigned = (long) HEAVY_ENTRIES;
        // load users: ordinary histories of 150-400 weigh-ins, daily or every other day, active
        for (var i = 1; i <= Bench.LOAD_USERS; i++) {
            count[i] = 150 + random.nextInt(251);
            gap[i] = (int) (random.nextBoolean() ? DAY : 2 * DAY);
            start[i] = end - random.nextLong(DAY) - (long) (count[i] - 1) * gap[i];
            person(i, random.nextInt(10) < 7 ? 0 : 1, 0, random.nextInt(5) == 0);
            assigned += count[i];
        }
        // everyone else: log-normal history lengths scaled to the total
        var first = Bench.LOAD_USERS + 1;
        var sigma = 1.1;
        var raw = new double[users];
        var rawSum = 0.0;
        for (var i = first; i < users; i++) {
            raw[i] = Math.exp(sigma * random.nextGaussian());
            rawSum += raw[i];
        }
        var remaining = entries - assigned;
        var scale = remaining / rawSum;
        var sum = 0L;
        for (var i = first; i < users; i++) {
            count[i] = (int) Math.max(1, Math.min(MAX_ENTRIES_PER_USER, Math.round(raw[i] * scale)));
            sum += count[i];
        }
        while (sum != remaining) {
            var i = first + random.nextInt(users - first);
            if (sum < remaining && count[i] < MAX_ENTRIES_PER_USER) {
                count[i]++;
                sum++;
            } else if (sum > remaining && count[i] > 1) {
                count[i]--;
                sum--;
            }
        }
        for (var i = first; i < users; i++) {
            var cadence = random.nextInt(100);
            var gapDays = cadence < 45 ? 1.0 : cadence < 65 ? 2.0 : cadence < 80 ? 3.5 : 7.0;
            gapDays = Math.max(1.0, Math.min(gapDays, (double) MAX_SPAN_DAYS / count[i]));
            gap[i] = (int) Math.round(gapDays * DAY);
            var span = (long) (count[i] - 1) * gap[i];
            var lastEntry = end - random.nextLong(3 * DAY);
            if (random.nextInt(100) < 35 && span < (MAX_SPAN_DAYS - 60) * DAY) {
                // stopped logging a while ago
                lastEntry = end - 30 * DAY - random.nextLong(MAX_SPAN_DAYS * DAY - span - 30 * DAY);
            }
            start[i] = lastEntry - span;
            var units = random.nextInt(100);
            person(i, units < 70 ? 0 : units < 95 ? 1 : 2, 0, random.nextInt(5) == 0);
        }
    }

    private void person(int i, int unitIndex, float fixedStartKg, boolean smart) {
        unit[i] = (byte) unitIndex;
        var firstDay = start[i];
        accountCreated[i] = firstDay - random.nextLong(30 * DAY) - 4 * 3_600;
        var created = Instant.ofEpochSecond(accountCreated[i]).toEpochMilli();
        idHigh[i] = (created << 16) | 0x7000L | random.nextLong(0x1000L);
        idLow[i] = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        startKg[i] = fixedStartKg > 0 ? fixedStartKg
                : (float) Math.max(50, Math.min(180, 88 + 16 * random.nextGaussian()));
        lossKg[i] = startKg[i] * (float) (0.03 + 0.12 * random.nextDouble());
        tauDays[i] = (float) (60 + 240 * random.nextDouble());
        muscleShare[i] = (float) (0.34 + 0.1 * random.nextDouble());
        fatPercent[i] = (float) (18 + 17 * random.nextDouble());
        smartScale[i] = smart;
    }

    // ---------------------------------------------------------------- identity

    private void copyAccounts(Connection connection, String hash) throws SQLException, IOException {
        var sql = "copy identity.accounts (id, email, username, password_hashes, created_at, email_verified_at,"
                + " deletion_requested_at, version) from stdin (format csv, freeze)";
        try (var out = csv(connection, sql)) {
            for (var i = 0; i < users; i++) {
                var verified = i <= Bench.LOAD_USERS || random.nextInt(10) > 0;
                out.append(id(i)).append(',').append(email(i)).append(',').append(username(i)).append(",{")
                        .append(hash).append("},").append(timestamp(accountCreated[i])).append(',')
                        .append(verified ? timestamp(accountCreated[i] + 600) : "").append(",,0\n");
            }
        }
    }

    private void copyProfiles(Connection connection) throws SQLException, IOException {
        var sql = "copy identity.profiles (user_id, display_name, bio, units, height_cm, date_of_birth, gender,"
                + " activity_level, time_zone, profile_visibility, weight_visibility) from stdin (format csv, freeze)";
        try (var out = csv(connection, sql)) {
            for (var i = 0; i < users; i++) {
                var height = 1500 + random.nextInt(500);
                var born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
                out.append(id(i)).append(",Bench User ").append(Integer.toString(i)).append(",,")
                        .append(unit[i] == 0 ? "METRIC" : "IMPERIAL").append(',')
                        .append(Integer.toString(height / 10)).append('.').append(Integer.toString(height % 10))
                        .append(',').append(born.toString()).append(',')
                        .append(GENDERS[random.nextInt(GENDERS.length)]).append(',')
                        .append(ACTIVITY[random.nextInt(ACTIVITY.length)]).append(',')
                        .append(i == 0 ? "Europe/Berlin" : ZONES[random.nextInt(ZONES.length)]).append(',')
                        .append(random.nextInt(3) == 0 ? "PRIVATE" : "PUBLIC").append(',')
                        .append(random.nextInt(3) == 0 ? "PUBLIC" : "PRIVATE").append('\n');
            }
        }
    }

    /** The heavy user and about a third of the ordinary users have a (not yet reached) goal. */
    private void copyGoals(Connection connection) throws SQLException, IOException {
        var sql = "copy tracking.goals (user_id, target_kg, unit, target_date, start_kg, set_at, reached_at)"
                + " from stdin (format csv, freeze)";
        try (var out = csv(connection, sql)) {
            for (var i = 0; i < users; i++) {
                if (i != 0 && (i <= Bench.LOAD_USERS || random.nextInt(3) > 0)) {
                    continue;
                }
                var target = Math.round((startKg[i] - lossKg[i] - 3 - 5 * random.nextDouble()) * 10) / 10.0;
                out.append(id(i)).append(',').append(Double.toString(target)).append(",KG,,")
                        .append(Double.toString(Math.round(startKg[i] * 10) / 10.0)).append(',')
                        .append(timestamp(start[i])).append(",\n");
            }
        }
    }

    // ---------------------------------------------------------------- weigh-ins

    /** All users' timelines merged by time through a binary heap of (next time, user). */
    private long copyWeightEntries(Connection connection) throws SQLException {
        var sql = "copy tracking.weight_entries (id, user_id, weight_kg, entered_unit, recorded_at, notes,"
                + " body_fat_percentage, muscle_mass_kg, water_percentage, source, created_at, updated_at, version)"
                + " from stdin (format binary, freeze)";
        var emitted = new int[users];
        var heap = new TimeHeap(users);
        for (var i = 0; i < users; i++) {
            heap.add(i, start[i] + jitter());
        }
        var started = System.nanoTime();
        var copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try (var copy = new BinaryCopy(copyIn)) {
            while (!heap.isEmpty()) {
                var user = heap.peekUser();
                var recorded = heap.peekTime();
                emitted[user]++;
                writeEntry(copy, user, recorded);
                if (emitted[user] < count[user]) {
                    heap.replaceTop(start[user] + (long) emitted[user] * gap[user] + jitter());
                } else {
                    heap.removeTop();
                }
                if (copy.rows() % 2_000_000 == 0) {
                    var seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("    %,d rows, %,.0f rows/s%n", copy.rows(), copy.rows() / seconds);
                }
            }
            return copy.rows();
        }
    }

    private void writeEntry(BinaryCopy copy, int user, long recorded) throws SQLException {
        var days = (recorded - start[user]) / (double) DAY;
        var kg = startKg[user] - lossKg[user] * (1 - Math.exp(-days / tauDays[user]))
                + 0.3 * Math.sin(2 * Math.PI * days / 7) + 0.35 * random.nextGaussian();
        var metric = unit[user] == 0;
        var unscaled = metric ? Math.round(kg * 10) * 10 * KG_UNSCALED_PER_HUNDREDTH_KG
                : Math.round(kg / 0.45359237 * 5) * 20 * KG_UNSCALED_PER_HUNDREDTH_LB;
        if (user == 0) {
            heavySumUnscaled += unscaled;
        }
        var created = recorded + 5 + random.nextLong(600);
        var createdMicros = random.nextInt(1_000_000);
        var smart = smartScale[user];

        copy.startRow(13);
        copy.uuid(((created * 1000 + createdMicros / 1000) << 16) | 0x7000L | random.nextLong(0x1000L),
                (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
        copy.uuid(idHigh[user], idLow[user]);
        copy.numeric(unscaled, 10);
        copy.text(UNITS[unit[user]]);
        copy.timestamp(recorded, 0);
        copy.text(random.nextInt(100) < 3 ? NOTES[random.nextInt(NOTES.length)] : null);
        if (smart) {
            var fat = fatPercent[user] - 3 * (1 - Math.exp(-days / tauDays[user])) + 0.4 * random.nextGaussian();
            copy.numeric(Math.round(fat * 10) * 10, 2);
            var muscle = kg * muscleShare[user];
            copy.numeric(metric ? Math.round(muscle * 10) * 10 * KG_UNSCALED_PER_HUNDREDTH_KG
                    : Math.round(muscle / 0.45359237 * 5) * 20 * KG_UNSCALED_PER_HUNDREDTH_LB, 10);
            copy.numeric(Math.round((55 + 2 * random.nextGaussian()) * 10) * 10, 2);
            copy.text("import:csv");
        } else {
            copy.nul();
            copy.nul();
            copy.nul();
            copy.text("manual");
        }
        copy.timestamp(created, createdMicros);
        copy.timestamp(created, createdMicros);
        copy.int8(0);
    }

    /** ±40 minutes around the usual time, never more than 3 hours, so a user's times keep increasing. */
    private long jitter() {
        return Math.max(-10_800, Math.min(10_800, Math.round(2_400 * random.nextGaussian())));
    }

    // ---------------------------------------------------------------- indexes and checks

    /**
     * Drops the weigh-in table's indexes and unique/primary constraints (not those another table's
     * foreign key depends on) and returns the DDL that rebuilds them, as the catalog defines them.
     */
    private static List<String> dropWeightEntryIndexes(Statement statement) throws SQLException {
        var table = "tracking.weight_entries";
        var constraints = new ArrayList<String[]>();
        var referenced = false;
        try (var rows = statement.executeQuery("select count(*) from pg_constraint where confrelid = '" + table
                + "'::regclass")) {
            rows.next();
            referenced = rows.getLong(1) > 0;
        }
        if (!referenced) {
            try (var rows = statement.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint"
                    + " where conrelid = '" + table + "'::regclass and contype in ('p', 'u') order by contype, conname")) {
                while (rows.next()) {
                    constraints.add(new String[] { rows.getString(1), rows.getString(2) });
                }
            }
        }
        var indexes = new ArrayList<String[]>();
        try (var rows = statement.executeQuery("select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                + " from pg_index i where i.indrelid = '" + table + "'::regclass"
                + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
            while (rows.next()) {
                indexes.add(new String[] { rows.getString(1), rows.getString(2) });
            }
        }
        var rebuild = new ArrayList<String>();
        for (var constraint : constraints) {
            statement.execute("alter table " + table + " drop constraint " + constraint[0]);
            rebuild.add("alter table " + table + " add constraint " + constraint[0] + " " + constraint[1]);
        }
        for (var index : indexes) {
            statement.execute("drop index " + index[0]);
            rebuild.add(index[1]);
        }
        if (referenced) {
            System.out.println("  (weight_entries is referenced by a foreign key: its primary key stays during COPY)");
        }
        return rebuild;
    }

    private void verify(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("select count(*) from tracking.weight_entries")) {
            rows.next();
            check(rows.getLong(1) == entries, "weigh-ins: " + rows.getLong(1));
        }
        try (var rows = statement.executeQuery("select count(*), sum(weight_kg) from tracking.weight_entries"
                + " where user_id = '" + new UUID(idHigh[0], idLow[0]) + "'")) {
            rows.next();
            var expected = new BigDecimal(BigInteger.valueOf(heavySumUnscaled), 10);
            check(rows.getLong(1) == HEAVY_ENTRIES && rows.getBigDecimal(2).compareTo(expected) == 0,
                    "heavy user: " + rows.getLong(1) + " weigh-ins summing to " + rows.getBigDecimal(2) + " kg, expected "
                            + expected);
        }
        try (var rows = statement.executeQuery("select relpages, relallvisible from pg_class"
                + " where oid = 'tracking.weight_entries'::regclass")) {
            rows.next();
            System.out.printf("  checked: counts and the heavy user's weights read back exactly;"
                    + " %,d of %,d heap pages all-visible%n", rows.getLong(2), rows.getLong(1));
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("generated data does not read back: " + message);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Writer csv(Connection connection, String sql) throws SQLException {
        var stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 20);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    private String id(int i) {
        return new UUID(idHigh[i], idLow[i]).toString();
    }

    private static String email(int i) {
        return i == 0 ? Bench.HEAVY_EMAIL : i <= Bench.LOAD_USERS ? Bench.loadEmail(i)
                : String.format("bench-%06d@bench.example", i);
    }

    private static String username(int i) {
        return i == 0 ? "bench_heavy" : i <= Bench.LOAD_USERS ? String.format("bench_load_%02d", i)
                : String.format("bench_%06d", i);
    }

    private static String timestamp(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** A binary min-heap of users keyed by the time of their next weigh-in. */
    private static final class TimeHeap {

        private final int[] users;
        private final long[] times;
        private int size;

        TimeHeap(int capacity) {
            users = new int[capacity];
            times = new long[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        int peekUser() {
            return users[0];
        }

        long peekTime() {
            return times[0];
        }

        void add(int user, long time) {
            var i = size++;
            while (i > 0) {
                var parent = (i - 1) >>> 1;
                if (times[parent] <= time) {
                    break;
                }
                users[i] = users[parent];
                times[i] = times[parent];
                i = parent;
            }
            users[i] = user;
            times[i] = time;
        }

        void replaceTop(long time) {
            siftDown(users[0], time);
        }

        void removeTop() {
            size--;
            if (size > 0) {
                siftDown(users[size], times[size]);
            }
        }

        private void siftDown(int user, long time) {
            var i = 0;
            while (true) {
                var child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && times[child + 1] < times[child]) {
                    child++;
                }
                if (times[child] >= time) {
                    break;
                }
                users[i] = users[child];
                times[i] = times[child];
                i = child;
            }
            users[i] = user;
            times[i] = time;
        }
    }
}
