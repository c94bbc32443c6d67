package com.weighttracker.platform.adapter.persistence;


import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.weighttracker.shared.ChangeFeed;
import com.weighttracker.shared.application.ChangeFeedConsumer;
import com.weighttracker.shared.FeedChange;

/**
 * {@code weighttracker.feeds.probe-consumers: N} adds N probe consumers of the first change feed (the
 * weigh-ins', {@code @Order(1)}): stand-ins for the stateful consumers to come (challenges,
 * achievements, notifications), so the benchmark measures weigh-ins with them attached and the tests see the feed work end to end. Each
 * writes the latest revision of every changed subject, idempotently, in its batch's transaction.
 * None by default.
 */
@Component
class FeedProbes implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    private int count;

    @Override
    public void setEnvironment(Environment environment) {
        count = environment.getProperty("weighttracker.feeds.probe-consumers", Integer.class, 0);
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        for (var i = 1; i <= count; i++) {
            var definition = new RootBeanDefinition(Probe.class);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, "probe-" + i);
            registry.registerBeanDefinition("feedProbe" + i, definition);
        }
    }

    static final class Probe implements ChangeFeedConsumer {

        private static final Table<Record> STATE = DSL.table(DSL.name("platform", "feed_probe_state"));
        private static final Field<String> CONSUMER = DSL.field(DSL.name("consumer"), String.class);
        private static final Field<UUID> SUBJECT = DSL.field(DSL.name("subject"), UUID.class);
        private static final Field<Long> REVISION = DSL.field(DSL.name("revision"), Long.class);

        private final String name;
        private final DSLContext dsl;

        Probe(String name, DSLContext dsl) {
            this.name = name;
            this.dsl = dsl;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<? extends ChangeFeed> feed() {
            return ChangeFeed.class;
        }

        @Override
        public void consume(List<FeedChange> changes) {
            var insert = dsl.insertInto(STATE, CONSUMER, SUBJECT, REVISION);
            for (var change : changes) {
                insert = insert.values(name, change.subject(), change.revision());
            }
            insert.onConflict(CONSUMER, SUBJECT).doUpdate()
                    .set(REVISION, DSL.greatest(DSL.field(DSL.name("feed_probe_state", "revision"), Long.class),
                            DSL.field(DSL.name("excluded", "revision"), Long.class)))
                    .execute();
        }
    }
}
