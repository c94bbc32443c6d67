package com.weighttracker.platform.adapter.persistence;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.shared.ChangeFeed;
import com.weighttracker.shared.application.ChangeFeedConsumer;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.tracking.WeighInChanges;

/** The stateful form of ADR 16 for frequent events: durable position, at least once, idempotent consumer. */
class ChangeFeedFollowerTest extends IntegrationTest {

    @Autowired
    ChangeFeedFollower follower;

    @Autowired
    DSLContext dsl;

    @Test
    void aProbeConsumerSeesAWeighInShortlyAfterItCommitted() {
        var user = register();
        assertThat(api.post("/v1/weight-entries", body("weight", 70.2), user.accessToken()).status()).isEqualTo(201);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> probeRevisionOf(UUID.fromString(user.id())) >= 1);
    }

    @Test
    void aFailedBatchLeavesThePositionWhereItWasAndComesAgain() {
        var consumer = new FlakyConsumer("flaky-" + UUID.randomUUID());
        assertThat(follower.catchUp(consumer)).isZero(); // first sight: starts at now, nothing to hand over

        var user = register();
        assertThat(api.post("/v1/weight-entries", body("weight", 71.3), user.accessToken()).status()).isEqualTo(201);
        var userId = UUID.fromString(user.id());

        consumer.failNext = true;
        assertThatThrownBy(() -> follower.catchUp(consumer)).hasMessageContaining("on purpose");
        assertThat(consumer.applied).isEmpty();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            follower.catchUp(consumer);
            return consumer.applied.stream().anyMatch(change -> change.subject().equals(userId));
        });
        assertThat(consumer.attempts).isGreaterThanOrEqualTo(2);
    }

    private long probeRevisionOf(UUID user) {
        var revision = dsl.fetchValue("select max(revision) from platform.feed_probe_state where consumer = 'probe-1'"
                + " and subject = ?", user);
        return revision == null ? -1 : ((Number) revision).longValue();
    }

    static final class FlakyConsumer implements ChangeFeedConsumer {
        final String name;
        final List<FeedChange> applied = new ArrayList<>();
        boolean failNext;
        int attempts;

        FlakyConsumer(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<? extends ChangeFeed> feed() {
            return WeighInChanges.class;
        }

        @Override
        public void consume(List<FeedChange> changes) {
            attempts++;
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("failed on purpose");
            }
            applied.addAll(changes);
        }
    }
}
