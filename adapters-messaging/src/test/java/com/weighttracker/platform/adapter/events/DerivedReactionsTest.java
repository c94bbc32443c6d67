package com.weighttracker.platform.adapter.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The derived form of ADR 16: after commit, never on rollback, never able to fail the write. */
class DerivedReactionsTest {

    record Happened(String what) {
    }

    static class Reactions {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);

        @DerivedReaction
        void on(Happened event) throws InterruptedException {
            if (event.what().startsWith("fail")) {
                throw new IllegalStateException("a derived reaction failed on purpose");
            }
            if (event.what().startsWith("block")) {
                release.await();
            }
            if (!event.what().startsWith("fill")) {
                seen.add(event.what() + "@" + Thread.currentThread().getName());
            }
        }
    }

    /** Transactions without a database: real synchronisation, commit and rollback. */
    static class NoResourceTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    private final AnnotationConfigApplicationContext context =
            new AnnotationConfigApplicationContext(DerivedReactions.class, Reactions.class);
    private final Reactions reactions = context.getBean(Reactions.class);
    private final ApplicationEventPublisher publisher = context;
    private final TransactionTemplate transactions = new TransactionTemplate(new NoResourceTransactions());

    @AfterEach
    void close() {
        reactions.release.countDown();
        context.close();
    }

    @Test
    void runsOnlyAfterTheTransactionCommitted() {
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new Happened("committed"));
            sleep(100);
            assertThat(reactions.seen).isEmpty();
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> !reactions.seen.isEmpty());
        assertThat(reactions.seen).singleElement().asString().startsWith("committed@derived-reaction-");
    }

    @Test
    void neverRunsWhenTheTransactionRolledBack() {
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new Happened("rolled back"));
            status.setRollbackOnly();
        });
        publisher.publishEvent(new Happened("later"));

        await().atMost(Duration.ofSeconds(5)).until(() -> !reactions.seen.isEmpty());
        sleep(100);
        assertThat(reactions.seen).singleElement().asString().startsWith("later@");
    }

    @Test
    void aFailingReactionNeitherFailsTheWriteNorStopsTheNextOne() {
        var result = transactions.execute(status -> {
            publisher.publishEvent(new Happened("fail first"));
            publisher.publishEvent(new Happened("second"));
            return "written";
        });

        assertThat(result).isEqualTo("written");
        await().atMost(Duration.ofSeconds(5)).until(() -> !reactions.seen.isEmpty());
        assertThat(reactions.seen).singleElement().asString().startsWith("second@");
    }

    @Test
    void runsOffTheCallersThreadAtOnceWithoutATransaction() {
        publisher.publishEvent(new Happened("no transaction"));

        await().atMost(Duration.ofSeconds(5)).until(() -> !reactions.seen.isEmpty());
        assertThat(reactions.seen).singleElement().asString().startsWith("no transaction@derived-reaction-");
    }

    @Test
    void aFullQueueMakesTheWriterRunTheReactionInsteadOfLosingIt() {
        publisher.publishEvent(new Happened("block 1"));
        publisher.publishEvent(new Happened("block 2"));
        for (var i = 0; i < DerivedReactions.QUEUE_CAPACITY; i++) {
            publisher.publishEvent(new Happened("fill " + i));
        }

        publisher.publishEvent(new Happened("overflow"));

        assertThat(reactions.seen).containsExactly("overflow@" + Thread.currentThread().getName());
        reactions.release.countDown();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
