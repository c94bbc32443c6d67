package com.weighttracker.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small tools run.sh needs against the benchmark database:
 *
 * <ul>
 * <li>{@code status}: exit 0 when generated data is complete (prints bench.meta), 3 when not, 2 when
 * the database cannot be reached;</li>
 * <li>{@code users}: the heavy user and the 64 load users, one {@code kind id email} line each;</li>
 * <li>{@code teams-status}: exit 0 when teams were generated ({@link TeamDataGenerator}), 3 when not;</li>
 * <li>{@code teams}: every team, one {@code id visibility owner-email} line each, by name;</li>
 * <li>{@code social-status}: exit 0 when the social data set was generated ({@link SocialDataGenerator}), 3 when not;</li>
 * <li>{@code challenges-status}: exit 0 when challenges were generated ({@link ChallengeDataGenerator}), 3 when not;</li>
 * <li>{@code challenges}: every challenge with a load user taking part, one {@code id load-user-email} line each;</li>
 * <li>{@code like-posts <n>}: for every load user {@code n} public visible posts they have not liked, one
 * {@code email post-id} line each (the like step likes and unlikes only these, so the cleanup can undo it);</li>
 * <li>{@code cleanup}: deletes the weigh-ins the POST step added (the load users' rows created after
 * generation) and sets their entry tallies again, then VACUUM ANALYZE, so every run measures the same data;
 * the same for the likes the like step left (and the like counts of their posts);</li>
 * <li>{@code plans}: EXPLAIN (ANALYZE, BUFFERS) of the hot queries, each run twice before (warm
 * cache, as under load);</li>
 * <li>{@code statements-reset}, {@code statements <requests>}: pg_stat_statements since the reset,
 * as statements per request and mean execution time (what the database did for one step);</li>
 * <li>{@code notifications-seed}, {@code notifications-wait}: the reminder and summary steps ({@link NotificationsBench}).</li>
 * </ul>
 */
public final class BenchAdmin {

    private static final String COLUMNS = "id, user_id, weight_kg, entered_unit, recorded_at, notes,"
            + " body_fat_percentage, muscle_mass_kg, water_percentage, source, created_at, updated_at, version";

    private BenchAdmin() {
    }

    public static void main(String[] args) throws Exception {
        var command = args.length == 0 ? "status" : args[0];
        Connection connection;
        try {
            connection = Bench.connect();
        } catch (SQLException e) {
            System.err.println("benchmark database not reachable at " + Bench.jdbcUrl() + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        try (connection) {
            switch (command) {
                case "status" -> System.exit(status(connection));
                case "users" -> users(connection);
                case "teams-status" -> System.exit(teamsStatus(connection));
                case "teams" -> teams(connection);
                case "social-status" -> System.exit(socialStatus(connection));
                case "challenges-status" -> System.exit(challengesStatus(connection));
                case "challenges" -> challenges(connection);
                case "like-posts" -> likePosts(connection, args.length > 1 ? Integer.parseInt(args[1]) : 50);
                case "cleanup" -> {
                    cleanup(connection);
                    cleanupLikes(connection);
                }
                case "plans" -> plans(connection);
                case "statements-reset" -> statementsReset(connection);
                case "statements" -> statements(connection, args.length > 1 ? Long.parseLong(args[1]) : 0);
                case "statements-by-time" -> statementsByTime(connection, args.length > 1 ? Integer.parseInt(args[1]) : 10);
                case "notifications-seed" -> NotificationsBench.seed(connection, args[1],
                        args.length > 2 ? Integer.parseInt(args[2]) : 0);
                case "notifications-wait" -> NotificationsBench.await(connection, args[1],
                        java.time.Instant.ofEpochMilli(Long.parseLong(args[2])),
                        java.time.Duration.ofSeconds(Long.parseLong(args[3])),
                        java.time.Duration.ofMillis(Long.parseLong(System.getenv().getOrDefault("NOTIFICATIONS_POLL_MS",
                                "5000"))));
                case "notifications-cleanup" -> NotificationsBench.cleanup(connection);
                default -> {
                    System.err.println("usage: BenchAdmin status|users|teams-status|teams|social-status|like-posts <n>|challenges-status|challenges|cleanup|plans|statements-reset|statements <requests>"
                            + "|statements-by-time <n>|notifications-seed reminders|summary [users]"
                            + "|notifications-wait reminders|summary <dueMillis> <seconds>|notifications-cleanup");
                    System.exit(64);
                }
            }
        }
    }

    private static int status(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select generated_at, users, entries, seconds from bench.meta")) {
            if (rows.next()) {
                System.out.printf("generated %s: %,d users, %,d weigh-ins (took %d s)%n", rows.getString(1),
                        rows.getInt(2), rows.getLong(3), rows.getInt(4));
                return 0;
            }
        } catch (SQLException e) {
            // no bench.meta: never generated, or generation did not finish
        }
        System.out.println("no generated data");
        return 3;
    }

    private static void users(Connection connection) throws SQLException {
        var emails = new ArrayList<String>();
        emails.add(Bench.HEAVY_EMAIL);
        for (var i = 1; i <= Bench.LOAD_USERS; i++) {
            emails.add(Bench.loadEmail(i));
        }
        try (var statement = connection.prepareStatement("select id, email from identity.accounts where email = ?")) {
            for (var email : emails) {
                statement.setString(1, email);
                try (var rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("no account " + email + ": generate the data first");
                    }
                    System.out.println((email.equals(Bench.HEAVY_EMAIL) ? "heavy " : "load ") + rows.getString(1) + " "
                            + email);
                }
            }
        }
    }

    private static int teamsStatus(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*), coalesce(sum(member_count), 0) from teams.teams")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                System.out.printf("teams: %,d with %,d members%n", rows.getLong(1), rows.getLong(2));
                return 0;
            }
        }
        System.out.println("no generated teams");
        return 3;
    }

    private static void teams(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select t.id, t.visibility, a.email from teams.teams t"
                        + " join teams.members m on m.team_id = t.id and m.role = 'OWNER'"
                        + " join identity.accounts a on a.id = m.user_id order by t.name")) {
            while (rows.next()) {
                System.out.println(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
    }

    private static int challengesStatus(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select challenges, participants from bench.meta"
                        + " where challenges_generated_at is not null and to_regclass('challenges.challenges') is not null"
                        + " and exists (select 1 from challenges.challenges)")) {
            if (rows.next()) {
                System.out.printf("challenges: %,d with %,d participants%n", rows.getLong(1), rows.getLong(2));
                return 0;
            }
        } catch (SQLException e) {
            // no challenge columns in bench.meta, or no challenges schema: never generated
        }
        System.out.println("no generated challenges");
        return 3;
    }

    private static void challenges(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select c.id, a.email from challenges.challenges c"
                        + " join challenges.participants p on p.challenge_id = c.id"
                        + " join identity.accounts a on a.id = p.user_id and a.email like 'bench-load-%@bench.example'"
                        + " where c.completed_at is null order by c.name, a.email")) {
            while (rows.next()) {
                System.out.println(rows.getString(1) + " " + rows.getString(2));
            }
        }
    }

    private static int socialStatus(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "select social_generated_at, posts, likes, comments, social_seconds from bench.meta")) {
            if (rows.next() && rows.getString(1) != null) {
                System.out.printf("social generated %s: %,d posts, %,d likes, %,d comments (took %d s)%n",
                        rows.getString(1), rows.getInt(2), rows.getLong(3), rows.getLong(4), rows.getInt(5));
                return 0;
            }
        } catch (SQLException e) {
            // no social columns in bench.meta: never generated
        }
        System.out.println("no generated social data");
        return 3;
    }

    private static void likePosts(Connection connection, int perUser) throws SQLException {
        try (var statement = connection.prepareStatement("select a.email, p.id from identity.accounts a"
                + " cross join lateral (select p.id from social.posts p where p.visibility = 'PUBLIC'"
                + " and p.status = 'VISIBLE' and not p.author_hidden and p.author_id <> a.id and not exists"
                + " (select 1 from social.likes l where l.post_id = p.id and l.user_id = a.id)"
                + " order by md5(p.id::text || a.id::text) limit ?) p"
                + " where a.email like 'bench-load-%@bench.example' order by a.email")) {
            statement.setInt(1, perUser);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    System.out.println(rows.getString(1) + " " + rows.getString(2));
                }
            }
        }
    }

    private static void cleanupLikes(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("select to_regclass('social.likes') is not null and exists (select 1"
                    + " from information_schema.columns where table_schema = 'bench' and table_name = 'meta'"
                    + " and column_name = 'social_generated_at')")) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    return;
                }
            }
            // two statements: the statements of one WITH all see the likes as they were before its delete
            var posts = new ArrayList<java.util.UUID>();
            try (var rows = statement.executeQuery("delete from social.likes l using identity.accounts a"
                    + " where l.user_id = a.id and a.email like 'bench-load-%@bench.example'"
                    + " and l.created_at > (select social_generated_at from bench.meta) returning l.post_id")) {
                while (rows.next()) {
                    posts.add(rows.getObject(1, java.util.UUID.class));
                }
            }
            try (var update = connection.prepareStatement("update social.posts p set like_count = (select count(*)"
                    + " from social.likes l where l.post_id = p.id) where p.id = any(?)")) {
                update.setArray(1, connection.createArrayOf("uuid", posts.toArray()));
                update.executeUpdate();
            }
            var deleted = posts.size();
            System.out.printf("cleanup: recounted the likes of %,d posts the like step had liked%n", deleted);
            // gamification noted each like of a tip (one social act per post and liker): those go too
            try (var rows = statement.executeQuery("select to_regclass('gamification.social_acts') is not null")) {
                rows.next();
                if (rows.getBoolean(1)) {
                    var acts = statement.executeUpdate("delete from gamification.social_acts s using identity.accounts a"
                            + " where s.kind = 'TIP_LIKE' and split_part(s.subject, ':', 2) = a.id::text"
                            + " and a.email like 'bench-load-%@bench.example'"
                            + " and s.acted_at > (select social_generated_at from bench.meta)");
                    System.out.printf("cleanup: deleted the %,d tip likes gamification had noted for the like step%n",
                            acts);
                }
            }
        }
    }

    private static void cleanup(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            var deleted = statement.executeUpdate("delete from tracking.weight_entries e using identity.accounts a"
                    + " where e.user_id = a.id and a.email like 'bench-load-%@bench.example'"
                    + " and e.created_at > (select generated_at from bench.meta)");
            if (deleted > 0) {
                // the product keeps each user's tally with their rows; this delete went around it
                statement.executeUpdate("update tracking.entry_tallies t set entries = (select count(*)"
                        + " from tracking.weight_entries e where e.user_id = t.user_id) from identity.accounts a"
                        + " where t.user_id = a.id and a.email like 'bench-load-%@bench.example'");
                var started = System.nanoTime();
                statement.execute("vacuum (analyze) tracking.weight_entries");
                System.out.printf("cleanup: deleted the %,d weigh-ins the POST step added; vacuum analyze %,d ms%n",
                        deleted, (System.nanoTime() - started) / 1_000_000);
            } else {
                System.out.println("cleanup: nothing to delete");
            }
        }
    }

    private static void statementsReset(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    private static void statements(Connection connection, long requests) throws SQLException {
        var sql = "select calls, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " and query not like '%pg_stat_statements%' order by calls desc limit 8";
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                var calls = rows.getLong(1);
                if (calls < Math.max(1, requests / 100)) {
                    continue;
                }
                var query = rows.getString(3);
                System.out.printf("    %6s per request, %7.3f ms mean: %s%n",
                        requests > 0 ? String.format("%.2f", (double) calls / requests) : calls + "x", rows.getDouble(2),
                        query.length() > 150 ? query.substring(0, 150) + "…" : query);
            }
        }
    }

    /** The {@code n} statements that took the most database time since the last reset, with calls and means. */
    private static void statementsByTime(Connection connection, int n) throws SQLException {
        var sql = "select calls, total_exec_time, mean_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g')"
                + " from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())"
                + " and query not like '%pg_stat_statements%' order by total_exec_time desc limit " + n;
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                var query = rows.getString(5);
                System.out.printf("    %8.0f ms in %,7d calls, %7.3f ms mean, %,9d rows: %s%n", rows.getDouble(2),
                        rows.getLong(1), rows.getDouble(3), rows.getLong(4),
                        query.length() > 140 ? query.substring(0, 140) + "…" : query);
            }
        }
    }

    private static void plans(Connection connection) throws SQLException {
        String heavy;
        String load;
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select (select id from identity.accounts where email = '"
                        + Bench.HEAVY_EMAIL + "'), (select id from identity.accounts where email = '"
                        + Bench.loadEmail(1) + "')")) {
            rows.next();
            heavy = rows.getString(1);
            load = rows.getString(2);
        }
        var queries = new ArrayList<String[]>();
        queries.add(new String[] { "list: newest 20 of a load user and their tally, one statement"
                + " (GET /v1/weight-entries?limit=20)",
                "select " + COLUMNS + ", coalesce((select entries from tracking.entry_tallies where user_id = '" + load
                        + "'), 0) as total from tracking.weight_entries where user_id = '" + load
                        + "' order by recorded_at desc, id desc limit 20 offset 0" });
        queries.add(new String[] { "count of a load user's weigh-ins (what a list with from/to runs over its range)",
                "select count(*) from tracking.weight_entries where user_id = '" + load + "'" });
        queries.add(new String[] { "history: all of the heavy user's weigh-ins, oldest first (chart/stats)",
                "select " + COLUMNS + " from tracking.weight_entries where user_id = '" + heavy
                        + "' order by recorded_at asc, id asc" });
        queries.add(new String[] { "latest: the heavy user's newest weigh-in",
                "select " + COLUMNS + " from tracking.weight_entries where user_id = '" + heavy
                        + "' order by recorded_at desc, id desc limit 1" });
        queries.add(new String[] { "goal of a user (every POST weigh-in)",
                "select * from tracking.goals where user_id = '" + load + "'" });
        queries.add(new String[] { "account by e-mail (login)",
                "select * from identity.accounts where email = '" + Bench.loadEmail(1) + "'" });
        if (socialStatus(connection) == 0) {
            var visible = "not author_hidden and status = 'VISIBLE' and not exists (select 1 from social.blocks b"
                    + " where b.blocker_id = '" + load + "' and b.blocked_id = p.author_id)";
            queries.add(new String[] { "public feed: first page of 21 (GET /v1/posts?scope=public&limit=20)",
                    "select * from social.posts p where visibility = 'PUBLIC' and " + visible
                            + " order by created_at desc, id desc limit 21" });
            queries.add(new String[] { "public feed: a page below a cursor 2,000 posts down",
                    "select * from social.posts p where visibility = 'PUBLIC' and " + visible + " and (created_at, id) <"
                            + " (select created_at, id from social.posts where visibility = 'PUBLIC' and status = 'VISIBLE'"
                            + " and not author_hidden order by created_at desc, id desc offset 2000 limit 1)"
                            + " order by created_at desc, id desc limit 21" });
            var teams = new ArrayList<String>();
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                    "select team_id from teams.members where user_id = '" + load + "'")) {
                while (rows.next()) {
                    teams.add("'" + rows.getString(1) + "'");
                }
            }
            queries.add(new String[] { "team feed: first page over the " + teams.size() + " teams of a load user, as the"
                    + " product asks (GET /v1/posts?scope=team)",
                    "select * from social.posts p where visibility = 'TEAM' and team_id in (" + String.join(", ", teams)
                            + ") and " + visible
                            + " order by created_at desc, id desc limit 21" });
            queries.add(new String[] { "likedByMe of a page (20 ids)",
                    "select post_id from social.likes where user_id = '" + load + "' and post_id in (select id from"
                            + " social.posts where visibility = 'PUBLIC' order by created_at desc limit 20)" });
        }
        for (var query : queries) {
            System.out.println("== " + query[0]);
            System.out.println("   " + query[1]);
            for (var line : explain(connection, query[1])) {
                System.out.println("   " + line);
            }
            System.out.println();
        }
    }

    private static List<String> explain(Connection connection, String sql) throws SQLException {
        var lines = new ArrayList<String>();
        try (var statement = connection.createStatement()) {
            for (var warm = 0; warm < 2; warm++) {
                statement.execute(sql);
            }
            try (var rows = statement.executeQuery("explain (analyze, buffers, timing) " + sql)) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return lines;
    }
}
