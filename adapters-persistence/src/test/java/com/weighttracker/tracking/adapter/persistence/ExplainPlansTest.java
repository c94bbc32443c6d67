package com.weighttracker.tracking.adapter.persistence;

import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.T0;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.entry;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.hours;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.newEntryId;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jooq.ConnectionCallable;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/**
 * Tracking's hot reads reach their rows through {@code weight_entries_user_recorded_idx}. As in
 * identity's {@code ExplainPlansTest}, the statements explained are the ones the repository really
 * sends, and the session forbids sequential and bitmap scans so that the planner takes an index
 * scan if, and only if, a usable index exists.
 */
class ExplainPlansTest {

    private static final String LIST_INDEX = "Index (Only )?Scan( Backward)? using weight_entries_user_recorded_idx "
            + "on weight_entries";

    private static UserId anna;

    @BeforeAll
    static void someRows() {
        TestDatabase.clean();
        var entries = new JooqWeightEntryRepository(TestDatabase.dsl());
        anna = newUserId();
        for (var hour = 0; hour < 30; hour++) {
            entries.add(entry(anna, "80", hours(hour)));
            entries.add(entry(newUserId(), "90", hours(hour)));
        }
    }

    @Test
    void listNewestFirstReadsTheUsersEntriesInIndexOrderWithoutSortingAndTheTotalFromTheTally() {
        var plan = explain(JooqWeightEntryRepository.ListStatement.of(anna, null, null, false, PageRequest.of(1, 20)));

        assertThat(plan).containsPattern(LIST_INDEX).doesNotContain("Sort")
                .as("the total is the user's tally, not a count")
                .containsPattern("InitPlan[\\s\\S]*Index Scan using entry_tallies_pkey on entry_tallies")
                .doesNotContain("Aggregate");
    }

    @Test
    void listOldestFirstWithBoundsReadsTheIndexBackwards() {
        var plan = explain(JooqWeightEntryRepository.ListStatement.of(anna, hours(2), hours(20), true,
                PageRequest.of(1, 20)));

        assertThat(plan).containsPattern(LIST_INDEX).doesNotContain("Sort");
    }

    @Test
    void aRangeCountsTheUsersEntriesThroughAnIndexInTheSameStatement() {
        var plan = explain(JooqWeightEntryRepository.ListStatement.of(anna, hours(1), null, false, PageRequest.of(2, 5)));

        assertThat(plan).containsPattern(LIST_INDEX).doesNotContain("Sort").doesNotContain("Seq Scan")
                .as("the count runs once, as an init plan over an index")
                .containsPattern("InitPlan[\\s\\S]*Index (Only )?Scan( Backward)? using weight_entries_\\w+ on weight_entries");
    }

    @Test
    void historyAndLatestUseTheListIndex() {
        assertThat(plansOf(dsl -> new JooqWeightEntryRepository(dsl).history(anna, T0, hours(10))).get(0))
                .containsPattern(LIST_INDEX).doesNotContain("Sort");
        assertThat(plansOf(dsl -> new JooqWeightEntryRepository(dsl).latest(anna)).get(0))
                .containsPattern(LIST_INDEX).doesNotContain("Sort");
    }

    @Test
    void findOwnedLooksTheEntryUpByItsIdInAnIndex() {
        var plan = plansOf(dsl -> new JooqWeightEntryRepository(dsl).findOwned(newEntryId(), anna)).get(0);

        // on a handful of rows the planner may pick either index that holds the id
        assertThat(plan).containsPattern("Index Scan using weight_entries_(pkey|user_recorded_idx) on weight_entries")
                .containsPattern("Index Cond: .*\\(id = ");
    }

    @Test
    void forgettingAUserFindsTheirRowsThroughAnIndex() {
        var plan = plansOf(dsl -> new JooqWeightEntryRepository(dsl).deleteAllOf(newUserId())).get(0);

        assertThat(plan).containsPattern("Index (Only )?Scan using weight_entries_\\w+ on weight_entries");
    }

    /** Runs {@code work} against a jOOQ that records the statements it sends, and explains each. */
    private static List<String> plansOf(Consumer<DSLContext> work) {
        var sent = new ArrayList<Query>();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                sent.add(ctx.query());
            }
        };
        var base = TestDatabase.dsl();
        var recording = DSL.using(base.configuration().derive(new DefaultExecuteListenerProvider(recorder)));

        work.accept(recording);

        assertThat(sent).as("statements sent").isNotEmpty().doesNotContainNull();
        return sent.stream().map(ExplainPlansTest::explain).toList();
    }

    /** The list's plain-SQL statement, explained with its own bind values. */
    private static String explain(JooqWeightEntryRepository.ListStatement list) {
        return withIndexScansOnly(connection -> {
            var lines = new ArrayList<String>();
            try (var statement = list.prepare(connection, "explain " + list.sql()); var rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        });
    }

    private static String withIndexScansOnly(ConnectionCallable<String> explaining) {
        return TestDatabase.dsl().connectionResult(connection -> {
            var session = DSL.using(connection, SQLDialect.POSTGRES);
            session.execute("set enable_seqscan = off");
            session.execute("set enable_bitmapscan = off");
            try {
                return explaining.run(connection);
            } finally {
                session.execute("reset enable_seqscan");
                session.execute("reset enable_bitmapscan");
            }
        });
    }

    private static String explain(Query query) {
        return withIndexScansOnly(connection -> {
            var session = DSL.using(connection, SQLDialect.POSTGRES);
            List<String> lines = session.fetch("explain " + session.renderInlined(query)).getValues(0, String.class);
            return lines.stream().collect(Collectors.joining("\n"));
        });
    }
}
