package com.weighttracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.weighttracker.platform.adapter.events.DerivedReaction;
import com.weighttracker.tracking.GoalReached;
import com.weighttracker.tracking.WeightRecorded;

/** ADR 16's rules hold for the application, and they do fail on the forms they forbid. */
class EventReactionRulesTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.weighttracker");

    @Test
    void everyReactionToAnotherContextUsesASanctionedForm() {
        EventReactionRules.REACTIONS_TO_OTHER_CONTEXTS_USE_A_SANCTIONED_FORM.check(APPLICATION);
    }

    @Test
    void noOutboxListenerKeepsStateFromAFrequentEvent() {
        EventReactionRules.FREQUENT_EVENTS_HAVE_NO_OUTBOX_LISTENERS.check(APPLICATION);
    }

    @Test
    void aPlainListenerForAnotherContextsEventFailsTheRule() {
        var fixture = new ClassFileImporter().importClasses(PlainListener.class, GoalReached.class);

        assertThat(EventReactionRules.REACTIONS_TO_OTHER_CONTEXTS_USE_A_SANCTIONED_FORM.evaluate(fixture)
                .hasViolation()).isTrue();
    }

    @Test
    void anOutboxListenerForWeighInsFailsTheRule() {
        var fixture = new ClassFileImporter().importClasses(OutboxWeighInListener.class, WeightRecorded.class);

        assertThat(EventReactionRules.FREQUENT_EVENTS_HAVE_NO_OUTBOX_LISTENERS.evaluate(fixture).hasViolation())
                .isTrue();
    }

    @Test
    void aDerivedReactionToWeighInsPasses() {
        var fixture = new ClassFileImporter().importClasses(DerivedWeighInListener.class, WeightRecorded.class);

        assertThat(EventReactionRules.REACTIONS_TO_OTHER_CONTEXTS_USE_A_SANCTIONED_FORM.evaluate(fixture)
                .hasViolation()).isFalse();
        assertThat(EventReactionRules.FREQUENT_EVENTS_HAVE_NO_OUTBOX_LISTENERS.evaluate(fixture).hasViolation())
                .isFalse();
    }

    static class PlainListener {
        @EventListener
        void on(GoalReached event) {
        }
    }

    static class OutboxWeighInListener {
        @ApplicationModuleListener
        void on(WeightRecorded event) {
        }
    }

    static class DerivedWeighInListener {
        @DerivedReaction
        void on(WeightRecorded event) {
        }
    }
}
