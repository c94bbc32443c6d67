package com.weighttracker.tracking;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.FeedPosition;
import com.weighttracker.support.IntegrationTest;

/** Tracking's weigh-in change feed (ADR 16): every kind of change, committed only, never skipped. */
class WeighInChangesTest extends IntegrationTest {

    @Autowired
    WeighInChanges feed;

    @Autowired
    DataSource dataSource;

    @Test
    void everyChangeOfAUsersWeighInsMovesThemToTheEndOfTheFeedWithTheNextRevision() {
        var user = register();
        var userId = UUID.fromString(user.id());
        var start = feed.now();

        var created = api.post("/v1/weight-entries", body("weight", 80.5), user.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(revisionAfter(start, userId)).isEqualTo(1);

        var entryId = created.data().path("id").asString();
        assertThat(api.patch("/v1/weight-entries/" + entryId, body("weight", 80.1), user.accessToken()).status())
                .isEqualTo(200);
        assertThat(revisionAfter(start, userId)).isEqualTo(2);

        assertThat(api.delete("/v1/weight-entries/" + entryId, user.accessToken()).status()).isEqualTo(200);
        assertThat(revisionAfter(start, userId)).isEqualTo(3);
    }

    @Test
    void aChangeWhoseTransactionStartedEarlierButCommitsLaterIsHeldBackNotSkipped() throws SQLException {
        var early = UUID.randomUUID();
        var late = UUID.randomUUID();
        var start = feed.now();
        try (var first = transaction(); var second = transaction()) {
            tally(first, early);
            tally(second, late);
            second.commit();

            assertThat(feed.after(start, 100)).extracting(FeedChange::subject).doesNotContain(early, late);

            first.commit();
            // as soon as no transaction older than both runs (a feed consumer's batch may, for a moment)
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(feed.after(start, 100))
                    .extracting(FeedChange::subject).containsSubsequence(early, late));
        } finally {
            try (var cleanup = dataSource.getConnection(); var statement = cleanup.prepareStatement(
                    "delete from tracking.entry_tallies where user_id in (?, ?)")) {
                statement.setObject(1, early);
                statement.setObject(2, late);
                statement.executeUpdate();
            }
        }
    }

    /**
     * The user's latest revision in the feed, once it shows: a change is read only when no older transaction
     * still runs, and a feed consumer's batch may, for a moment.
     */
    private long revisionAfter(FeedPosition start, UUID user) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> feed.after(start, 1_000).stream()
                .filter(change -> change.subject().equals(user)).mapToLong(FeedChange::revision).max().orElse(-1),
                revision -> revision >= 0);
    }

    private Connection transaction() throws SQLException {
        var connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** What the weigh-in statement does to the tally, by hand, to control when each transaction commits. */
    private static void tally(Connection connection, UUID user) throws SQLException {
        try (var statement = connection.prepareStatement("insert into tracking.entry_tallies (user_id, entries,"
                + " revision, changed_in) values (?, 0, 1, pg_current_xact_id()::text::bigint)")) {
            statement.setObject(1, user);
            statement.executeUpdate();
        }
    }
}
