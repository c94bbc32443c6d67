package com.weighttracker.platform.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.tracking.WeightRecorded;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

/** ADR 16's one publishing mechanism: events recorded by an aggregate go out at commit, once, or never. */
class RecordedEventsTest extends IntegrationTest {

    @Autowired
    WeightEntryRepository entries;

    @Autowired
    Transactions transactions;

    @Autowired
    ConfigurableApplicationContext context;

    private final List<WeightRecorded> recorded = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof WeightRecorded weighIn) {
            recorded.add(weighIn);
        }
    };

    @BeforeEach
    void listen() {
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopListening() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(recorder);
    }

    @Test
    void anAggregateSavedInATransactionHasItsEventsPublishedOnceWhenItCommits() {
        var entry = newEntry();

        transactions.inTransaction(() -> {
            entries.add(entry);
            assertThat(recordedFor(entry)).as("not before the commit").isEmpty();
        });

        assertThat(recordedFor(entry)).hasSize(1);
        assertThat(entry.hasPendingEvents()).isFalse();
    }

    @Test
    void aTransactionThatRollsBackPublishesNothing() {
        var entry = newEntry();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            entries.add(entry);
            throw new IllegalStateException("rolled back on purpose");
        })).hasMessageContaining("on purpose");

        assertThat(recordedFor(entry)).isEmpty();
        assertThat(entries.findOwned(entry.getId(), entry.userId())).isEmpty();
    }

    @Test
    void anAggregateWithEventsOutsideATransactionFailsBeforeItIsWritten() {
        var entry = newEntry();

        assertThatThrownBy(() -> entries.add(entry)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction");

        assertThat(entries.findOwned(entry.getId(), entry.userId())).isEmpty();
        assertThat(recordedFor(entry)).isEmpty();
    }

    private WeightEntry newEntry() {
        var owner = UserId.of(register().id());
        var weighIn = WeighIn.of(new BigDecimal("80.5"), MassUnit.KG, null, clock.instant(), null, null, null, null);
        return WeightEntry.record(new WeightEntryId(UUID.randomUUID()), owner, weighIn, "manual", clock.instant());
    }

    private List<WeightRecorded> recordedFor(WeightEntry entry) {
        return recorded.stream().filter(event -> event.entryId().equals(entry.getId().value())).toList();
    }
}
