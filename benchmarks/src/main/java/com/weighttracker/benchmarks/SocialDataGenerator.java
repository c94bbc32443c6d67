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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Adds the social data set over the generated users and teams (run after {@link DataGenerator} and
 * {@link TeamDataGenerator}; touches only the {@code social} schema, so it can be added to a data
 * set another benchmark is using): {@code BENCH_POSTS} (100,000) posts over the last year, 70 %
 * public and 30 % in teams (by members of the team), {@code BENCH_LIKES} (1,000,000) likes and
 * {@code BENCH_COMMENTS} (300,000) comments nested up to three levels, each post's
 * {@code like_count} and {@code comment_count} equal to its rows (visible comments), as the product
 * keeps them.
 *
 * <ul>
 * <li>Authors are skewed: a fifth of the users write 80 % of the posts; the 64 load users post too.
 * Likes and comments per post are heavy-tailed (most posts get a few, some hundreds); a team post's
 * likers and commenters are members of its team.</li>
 * <li>Types: general 45 %, milestone 15 % (with a progress fact), tip 15 %, question 12 %, recipe 7 %,
 * workout 6 %; 0–4 tags from a vocabulary of 40 with a Zipf spread; 0.5 % held by the keyword filter,
 * 0.5 % removed by a moderator (neither in the feeds' indexes).</li>
 * <li>The load users are active readers: about one like in twelve on a public post is one of theirs
 * (so {@code likedByMe} is sometimes true on their pages); each blocks two ordinary users (the feeds'
 * anti-join has rows to look at).</li>
 * </ul>
 *
 * <p>One transaction truncates the social tables and COPYs posts, likes, comments and blocks (csv);
 * then {@code analyze}, and {@code bench.meta} gets the social columns: run.sh generates only when
 * they are empty. A database migrated by a build without the social scripts (whose Flyway history is
 * already past their versions) gets them run here, outside the history; start the product then with
 * {@code --spring.flyway.ignore-migration-patterns=*:ignored}.
 */
public final class SocialDataGenerator {

    private static final long DAY = 86_400L;
    private static final long YEAR_SECONDS = 365 * DAY;
    /** Nothing is generated in the last hours, so every generated row is older than "now". */
    private static final long QUIET_BEFORE_NOW = 2 * 3_600L;
    private static final String[] TYPES = { "GENERAL", "MILESTONE", "TIP", "QUESTION", "RECIPE", "WORKOUT" };
    private static final int[] TYPE_WEIGHTS = { 45, 15, 15, 12, 7, 6 };
    private static final String[] TAGS = { "progress", "motivation", "keto", "walking", "running", "recipe",
            "mealprep", "plateau", "nsv", "cardio", "strength", "sleep", "water", "lowcarb", "vegan", "hiit",
            "yoga", "cycling", "swimming", "protein", "breakfast", "dinner", "snacks", "weekend", "holiday",
            "stress", "habits", "fasting", "steps", "gym", "homeworkout", "mindset", "family", "support",
            "question", "beginner", "milestone", "goal", "scale", "measurements" };
    private static final String[] TITLES = { "Weekly check-in", "Finally under my first goal", "Tip for late-night snacking",
            "How do you get past a plateau?", "Quick high-protein lunch", "30-minute home workout",
            "Small win today", "Back after the holidays", "What keeps you going?", "Meal prep Sunday" };
    private static final String[] SENTENCES = { "Down a little this week and feeling good about it.",
            "The trend line keeps going the right way even when the scale jumps around.",
            "I swapped the evening snack for a walk around the block and it made a real difference.",
            "Does anyone else find the weekends the hardest part?",
            "Lentils, spinach, a bit of feta and lemon: ten minutes and it keeps me full all afternoon.",
            "Three rounds of squats, push-ups, lunges and a plank, forty seconds each with twenty seconds rest.",
            "Slept badly and the number went up again; I know it is water but it still annoys me.",
            "Tracking every morning before breakfast has been the single best habit so far.",
            "My team kept me honest this month, thank you all.",
            "Drinking more water and fewer coffees, and the afternoon dip is gone.",
            "Had a birthday dinner yesterday and decided not to worry about it.",
            "Two kilometres further on my Saturday run than in January." };
    private static final String[] COMMENTS = { "Well done, keep going!", "Same here, the weekends get me every time.",
            "Thanks for sharing, I will try that.", "How long did it take you to see a change?",
            "That recipe looks great.", "Proud of you!", "Water weight is real, don't let it get to you.",
            "I do something similar and it works for me too.", "Great tip, thanks.", "You've got this." };

    private final SplittableRandom random = new SplittableRandom(20_261_207L);
    private final int posts;
    private final long likes;
    private final long comments;
    private final long now;

    private SocialDataGenerator(int posts, long likes, long comments, long now) {
        this.posts = posts;
        this.likes = likes;
        this.comments = comments;
        this.now = now;
    }

    public static void main(String[] args) throws Exception {
        var posts = Integer.parseInt(Bench.env("BENCH_POSTS", "100000"));
        var likes = Long.parseLong(Bench.env("BENCH_LIKES", "1000000"));
        var comments = Long.parseLong(Bench.env("BENCH_COMMENTS", "300000"));
        try (var connection = Bench.connect()) {
            new SocialDataGenerator(posts, likes, comments,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).getEpochSecond()).generate(connection);
        }
    }

    private void generate(Connection connection) throws SQLException, IOException {
        var started = System.nanoTime();
        ensureSchema(connection);
        var load = ids(connection, "select id from identity.accounts where email like 'bench-load-%' order by email");
        var ordinary = ids(connection, "select id from identity.accounts where email like 'bench-0%' order by email");
        var teams = teams(connection);
        if (load.size() != Bench.LOAD_USERS || ordinary.size() < 1_000 || teams.isEmpty()) {
            throw new IllegalStateException("generate the users and the teams first: found " + load.size() + " load, "
                    + ordinary.size() + " ordinary users and " + teams.size() + " teams");
        }
        var teamIds = new ArrayList<>(teams.keySet());
        var authors = new ArrayList<String>(load);
        authors.addAll(ordinary);
        var prolific = Math.max(1, authors.size() / 5);

        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("truncate social.reports, social.likes, social.comments, social.blocks, social.posts");
        }
        var likesPerPost = spread(posts, likes, 1.6);
        var commentsPerPost = spread(posts, comments, 1.3);
        var likeRows = new StringBuilder(1 << 24);
        var commentRows = new StringBuilder(1 << 22);
        long likeCount = 0;
        long commentCount = 0;
        var publicPosts = 0;
        var likesCarried = 0;
        try (var postRows = csv(connection, "copy social.posts (id, author_id, type, title, content, tags, visibility,"
                + " team_id, image_ids, milestone_percent, milestone_lost_kg, status, author_hidden, like_count,"
                + " comment_count, created_at, updated_at, moderated_at, moderated_by) from stdin (format csv)")) {
            for (var p = 0; p < posts; p++) {
                // older posts first, denser towards now (the app grows)
                var created = now - QUIET_BEFORE_NOW - (long) (YEAR_SECONDS * Math.pow(random.nextDouble(), 1.5));
                var createdMicros = created * 1_000_000L + random.nextInt(1_000_000);
                var id = uuidV7(createdMicros / 1_000, random);
                var isTeam = random.nextInt(10) < 3;
                String team = null;
                List<String> audience;
                String author;
                if (isTeam) {
                    team = teamIds.get((int) (teamIds.size() * Math.pow(random.nextDouble(), 1.4)));
                    audience = teams.get(team);
                    author = audience.get(random.nextInt(audience.size()));
                } else {
                    audience = authors;
                    author = random.nextInt(100) < 80 ? authors.get(random.nextInt(prolific))
                            : authors.get(random.nextInt(authors.size()));
                    if (random.nextInt(200) == 0) {
                        author = load.get(random.nextInt(load.size()));
                    }
                    publicPosts++;
                }
                var statusDraw = random.nextInt(200);
                var status = statusDraw == 0 ? "HELD" : statusDraw == 1 ? "REMOVED" : "VISIBLE";
                var type = TYPES[weighted(TYPE_WEIGHTS)];

                // a small team cannot give all its planned likes: a later public post takes the rest
                var planned = likesPerPost[p] + (isTeam ? 0 : likesCarried);
                var likers = likers(Math.min(planned, isTeam ? planned : 400), audience, isTeam ? null : load);
                likesCarried = planned - likers.size() + (isTeam ? likesCarried : 0);
                for (var liker : likers) {
                    var at = createdMicros + (long) (random.nextDouble() * Math.min(7 * DAY, now - QUIET_BEFORE_NOW - created))
                            * 1_000_000L;
                    likeRows.append(id).append(',').append(liker).append(',').append(micros(at)).append('\n');
                }
                likeCount += likers.size();
                var visibleComments = comments(commentRows, id, createdMicros, created, commentsPerPost[p], audience);
                commentCount += commentsPerPost[p];

                postRows.append(id.toString()).append(',').append(author).append(',').append(type).append(',');
                if (random.nextInt(10) < 6) {
                    postRows.append(TITLES[random.nextInt(TITLES.length)]);
                }
                postRows.append(",\"").append(content()).append("\",\"").append(tags()).append("\",")
                        .append(isTeam ? "TEAM" : "PUBLIC").append(',').append(team == null ? "" : team)
                        .append(",{},");
                if (type.equals("MILESTONE")) {
                    var percent = 1 + random.nextInt(2_500) / 100.0;
                    postRows.append(String.format("%.2f", percent)).append(',');
                    if (random.nextBoolean()) {
                        postRows.append(String.format("%.1f", percent * 0.9));
                    }
                } else {
                    postRows.append(',');
                }
                postRows.append(',').append(status).append(",false,").append(Integer.toString(likers.size())).append(',')
                        .append(Integer.toString(visibleComments)).append(',').append(micros(createdMicros)).append(',')
                        .append(micros(createdMicros)).append(',');
                if (status.equals("REMOVED")) {
                    postRows.append(micros(createdMicros + 3_600_000_000L)).append(',').append(ordinary.get(0));
                } else {
                    postRows.append(',');
                }
                postRows.append('\n');
            }
        }
        var postsDone = System.nanoTime();
        try (var copy = csv(connection, "copy social.likes (post_id, user_id, created_at) from stdin (format csv)")) {
            copy.append(likeRows);
        }
        likeRows = null;
        var likesDone = System.nanoTime();
        try (var copy = csv(connection, "copy social.comments (id, post_id, author_id, parent_id, depth, content, status,"
                + " author_hidden, created_at, updated_at, moderated_at, moderated_by) from stdin (format csv)")) {
            copy.append(commentRows);
        }
        var commentsDone = System.nanoTime();
        var blocks = 0;
        try (var copy = csv(connection, "copy social.blocks (blocker_id, blocked_id, created_at) from stdin (format csv)")) {
            for (var user : load) {
                var blocked = new HashSet<String>();
                while (blocked.size() < 2) {
                    blocked.add(ordinary.get(prolific + random.nextInt(ordinary.size() - prolific)));
                }
                for (var other : blocked) {
                    copy.append(user).append(',').append(other).append(',').append(micros((now - DAY) * 1_000_000L))
                            .append('\n');
                    blocks++;
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        var analyzed = System.nanoTime();
        try (var statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) social.posts, social.likes, social.comments, social.blocks");
        }
        var seconds = (int) ((System.nanoTime() - started) / 1_000_000_000L);
        record(connection, likeCount, commentCount, seconds);
        System.out.printf("  %,d posts (%,d public, COPY csv, likes and comments planned alongside): %,d ms%n", posts,
                publicPosts, (postsDone - started) / 1_000_000);
        System.out.printf("  %,d likes: %,d ms; %,d comments: %,d ms; %d blocks%n", likeCount,
                (likesDone - postsDone) / 1_000_000, commentCount, (commentsDone - likesDone) / 1_000_000, blocks);
        System.out.printf("  vacuum analyze: %,d ms; total %d s%n", (System.nanoTime() - analyzed) / 1_000_000, seconds);
    }

    /** Likes (or comments) per post: heavy-tailed (Pareto with {@code alpha}), summing to {@code total}. */
    private int[] spread(int n, long total, double alpha) {
        var weights = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++) {
            weights[i] = Math.pow(1 - random.nextDouble(), -1 / alpha);
            sum += weights[i];
        }
        var counts = new int[n];
        long assigned = 0;
        for (var i = 0; i < n; i++) {
            counts[i] = (int) Math.min(190, Math.floor(weights[i] / sum * total));
            assigned += counts[i];
        }
        // the remainder one at a time to posts with room (a team post's likers are its members: at most 200)
        while (assigned < total) {
            var i = random.nextInt(n);
            if (counts[i] < 190) {
                counts[i]++;
                assigned++;
            }
        }
        return counts;
    }

    private List<String> likers(int count, List<String> audience, List<String> load) {
        var chosen = new HashSet<String>();
        var wanted = Math.min(count, audience.size());
        while (chosen.size() < wanted) {
            // the load users are active readers: about one public post in twelve has their like
            if (load != null && random.nextInt(12) == 0 && chosen.size() < wanted) {
                chosen.add(load.get(random.nextInt(load.size())));
            }
            chosen.add(audience.get(random.nextInt(audience.size())));
        }
        var result = new ArrayList<>(chosen);
        return result.size() > wanted ? result.subList(0, wanted) : result;
    }

    /** Writes {@code count} comments of a post (a reply's parent comes before it); returns how many are visible. */
    private int comments(StringBuilder rows, UUID post, long postMicros, long postSecond, int count,
            List<String> audience) {
        var levels = new ArrayList<List<UUID>>();
        levels.add(new ArrayList<>());
        levels.add(new ArrayList<>());
        levels.add(new ArrayList<>());
        var visible = 0;
        var at = postMicros;
        var window = Math.max(1L, (now - QUIET_BEFORE_NOW - postSecond) * 1_000_000L / Math.max(1, count + 1));
        for (var c = 0; c < count; c++) {
            at += 1 + (long) (random.nextDouble() * Math.min(window, 6 * 3_600_000_000L));
            var depth = 1;
            var draw = random.nextInt(10);
            if (draw >= 6 && !levels.get(0).isEmpty()) {
                depth = draw == 9 && !levels.get(1).isEmpty() ? 3 : 2;
            }
            var parents = depth == 1 ? null : levels.get(depth - 2);
            var parent = parents == null ? null : parents.get(random.nextInt(parents.size()));
            var id = uuidV7(at / 1_000, random);
            levels.get(depth - 1).add(id);
            var removed = random.nextInt(200) == 0;
            if (!removed) {
                visible++;
            }
            rows.append(id).append(',').append(post).append(',').append(audience.get(random.nextInt(audience.size())))
                    .append(',').append(parent == null ? "" : parent.toString()).append(',').append(depth).append(",\"")
                    .append(COMMENTS[random.nextInt(COMMENTS.length)]).append("\",").append(removed ? "REMOVED" : "VISIBLE")
                    .append(",false,").append(micros(at)).append(',').append(micros(at)).append(',');
            if (removed) {
                rows.append(micros(at + 3_600_000_000L));
            }
            rows.append(",\n");
        }
        return visible;
    }

    private String content() {
        var sentences = 1 + random.nextInt(4);
        var text = new StringBuilder();
        for (var s = 0; s < sentences; s++) {
            if (s > 0) {
                text.append(' ');
            }
            text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        return text.toString();
    }

    private String tags() {
        var count = random.nextInt(5);
        var chosen = new java.util.LinkedHashSet<String>();
        for (var t = 0; t < count; t++) {
            chosen.add(TAGS[(int) (TAGS.length * Math.pow(random.nextDouble(), 2.2))]);
        }
        return "{" + String.join(",", chosen) + "}";
    }

    private int weighted(int[] weights) {
        var draw = random.nextInt(100);
        for (var i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return 0;
    }

    /** UUIDv7 (RFC 9562) from a millisecond timestamp, as the product's ids. */
    private static UUID uuidV7(long epochMillis, SplittableRandom random) {
        var high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        var low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private static String micros(long epochMicros) {
        return Instant.EPOCH.plus(epochMicros, ChronoUnit.MICROS).toString();
    }

    /**
     * The social schema when the database lacks it: a database migrated by a build without the
     * social scripts has a Flyway history past their versions, so Flyway would not run them.
     */
    private static void ensureSchema(Connection connection) throws SQLException, IOException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select to_regclass('social.posts') is not null")) {
            rows.next();
            if (rows.getBoolean(1)) {
                return;
            }
        }
        for (var script : List.of("V2026_12_07_0100__social.sql", "V2026_12_07_0101__social_reports.sql")) {
            try (var in = SocialDataGenerator.class.getResourceAsStream("/db/migration/social/" + script);
                    var statement = connection.createStatement()) {
                if (in == null) {
                    throw new IllegalStateException("no migration script " + script + " on the classpath");
                }
                statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            System.out.println("  the database had no social schema: ran " + script
                    + " (outside Flyway's history; start the product with --spring.flyway.ignore-migration-patterns=*:ignored)");
        }
    }

    private static void record(Connection connection, long likes, long comments, int seconds) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("alter table bench.meta add column if not exists social_generated_at timestamp with time zone,"
                    + " add column if not exists posts integer, add column if not exists likes bigint,"
                    + " add column if not exists comments bigint, add column if not exists social_seconds integer");
        }
        try (var update = connection.prepareStatement("update bench.meta set social_generated_at = now(),"
                + " posts = (select count(*) from social.posts), likes = ?, comments = ?, social_seconds = ?")) {
            update.setLong(1, likes);
            update.setLong(2, comments);
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

    /** Every team's members (owner included), by team id in name order. */
    private static Map<String, List<String>> teams(Connection connection) throws SQLException {
        var teams = new java.util.LinkedHashMap<String, List<String>>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "select t.id, m.user_id from teams.teams t join teams.members m on m.team_id = t.id order by t.name, m.user_id")) {
            while (rows.next()) {
                teams.computeIfAbsent(rows.getString(1), team -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return teams;
    }

    private static Writer csv(Connection connection, String sql) throws SQLException {
        var stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 20);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }
}
