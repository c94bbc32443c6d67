package com.weighttracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.weighttracker.platform.adapter.events.DerivedReaction;
import com.weighttracker.shared.FrequentEvent;

/**
 * ADR 16 as rules: a reaction to another context's event is either derived ({@link DerivedReaction}:
 * after commit, never able to fail the write) or stateful ({@link ApplicationModuleListener}: the
 * outbox) — never a plain {@code @EventListener} or {@code @TransactionalEventListener}, which run
 * inside the producer's transaction or write an outbox row the producer did not ask for. A
 * {@link FrequentEvent} has no stateful listeners in other contexts: they follow the producer's change feed.
 */
final class EventReactionRules {

    private EventReactionRules() {
    }

    static final ArchRule REACTIONS_TO_OTHER_CONTEXTS_USE_A_SANCTIONED_FORM = methods()
            .that(listenTo(otherContextsEvents()))
            .should(beAnnotatedWithOneOf(DerivedReaction.class, ApplicationModuleListener.class))
            .because("ADR 16: a reaction to another context is derived (@DerivedReaction) or stateful"
                    + " (@ApplicationModuleListener), never inside the producer's transaction")
            .allowEmptyShould(false);

    /** The producer itself may keep rarer duties on the outbox (tracking deletes a deleted weigh-in's photos). */
    static final ArchRule FREQUENT_EVENTS_HAVE_NO_OUTBOX_LISTENERS = methods()
            .that().areMetaAnnotatedWith(ApplicationModuleListener.class)
            .or().areAnnotatedWith(ApplicationModuleListener.class)
            .should(notTakeAnotherContextsFrequentEvent())
            .because("ADR 16: an outbox publication per consumer and weigh-in costs more than the weigh-in;"
                    + " follow the producer's change feed instead")
            .allowEmptyShould(true);

    /** Methods Spring calls for an event (directly or through a composed annotation such as ours). */
    private static DescribedPredicate<JavaMethod> listenTo(DescribedPredicate<JavaMethod> events) {
        return DescribedPredicate.describe("listen to " + events.getDescription(),
                method -> method.isMetaAnnotatedWith(EventListener.class) || method.isAnnotatedWith(EventListener.class)
                        ? events.test(method) : false);
    }

    private static DescribedPredicate<JavaMethod> otherContextsEvents() {
        return DescribedPredicate.describe("another context's event", method -> method.getRawParameterTypes().stream()
                .anyMatch(type -> isPublishedEvent(type) && !contextOf(type).equals(contextOf(method.getOwner()))));
    }

    private static boolean isPublishedEvent(JavaClass type) {
        return type.isAssignableTo(org.jmolecules.event.types.DomainEvent.class)
                && type.getPackageName().chars().filter(c -> c == '.').count() == 2;
    }

    /** {@code com.weighttracker.<context>…} → context. */
    static String contextOf(JavaClass type) {
        var parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    private static ArchCondition<JavaMethod> beAnnotatedWithOneOf(Class<?>... forms) {
        return new ArchCondition<>("be a @DerivedReaction or an @ApplicationModuleListener") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var sanctioned = false;
                for (var form : forms) {
                    sanctioned |= method.isAnnotatedWith(form.getName());
                }
                events.add(new SimpleConditionEvent(method, sanctioned,
                        method.getFullName() + (sanctioned ? " uses" : " does not use") + " a sanctioned form"));
            }
        };
    }

    private static ArchCondition<JavaMethod> notTakeAnotherContextsFrequentEvent() {
        return new ArchCondition<>("not take another context's @FrequentEvent") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (var type : method.getRawParameterTypes()) {
                    if (type.isAnnotatedWith(FrequentEvent.class) && !contextOf(type).equals(contextOf(method.getOwner()))) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " keeps state from "
                                + type.getSimpleName() + " through the outbox; follow "
                                + type.getAnnotationOfType(FrequentEvent.class).feed() + " instead"));
                    }
                }
            }
        };
    }
}
