package com.weighttracker.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;
import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.shared.NotSignedIn;
import com.weighttracker.shared.Rejection;
import com.weighttracker.shared.TooLarge;
import com.weighttracker.shared.Unknown;

/**
 * ADR 17: a refusal says which rule was broken, in the domain's words; HTTP is the REST adapter's
 * business ({@code ApiExceptionHandler.STATUS_OF}).
 */
final class RejectionRules {

    /** Contexts that name every rule they break (the model for new contexts): add yours. */
    static final String[] CONTEXTS_WITH_NAMED_REJECTIONS = { "com.weighttracker.teams.domain..",
            "com.weighttracker.teams.application..", "com.weighttracker.notifications.domain..",
            "com.weighttracker.notifications.application..", "com.weighttracker.social.domain..",
            "com.weighttracker.social.application..", "com.weighttracker.challenges.domain..",
            "com.weighttracker.challenges.application..", "com.weighttracker.gamification.domain..",
            "com.weighttracker.gamification.application..", "com.weighttracker.messaging.domain..",
            "com.weighttracker.messaging.application.." };

    private static final Set<String> GENERIC_KINDS = Set.of(Unknown.class.getName(), NotPermitted.class.getName(),
            InConflict.class.getName(), TooLarge.class.getName(), NotSignedIn.class.getName());

    private static final DescribedPredicate<JavaClass> NAMED_AFTER_HTTP = DescribedPredicate.describe(
            "named after an HTTP category", type -> type.getSimpleName()
                    .matches(".*Exception|.*Http.*|(Forbidden|Conflict|BadRequest|Unauthori[sz]ed|Unauthenticated|NotFound)"
                            + "(Error)?"));

    static final ArchRule REJECTIONS_ARE_NAMED_FOR_WHAT_HAPPENED = noClasses()
            .that().areAssignableTo(Rejection.class).should(be(NAMED_AFTER_HTTP))
            .because("a rejection names the broken rule or its kind (TeamFull, InConflict), not a status "
                    + "(ADR 17)");

    static final ArchRule REJECTIONS_ARE_DECLARED_IN_THE_DOMAIN = classes()
            .that(assignableTo(Rejection.class))
            .should().resideInAnyPackage("com.weighttracker.shared", "com.weighttracker.*.domain..")
            .because("the domain says which rule is broken; adapters only translate (ADR 17)");

    /** In {@code packages}, every refusal is a named rule: no generic kind is constructed except by a subclass. */
    static ArchRule refuseOnlyWithNamedRules(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().callConstructorWhere(DescribedPredicate.describe("a generic kind of rejection",
                        (JavaConstructorCall call) -> GENERIC_KINDS.contains(call.getTargetOwner().getName())
                                && !call.getOriginOwner().isAssignableTo(call.getTargetOwner().getName())))
                .because("a context that names its rules throws them by name (TeamFull, not "
                        + "new InConflict(…)); field validation stays InvalidInput.of (ADR 17)");
    }

    private RejectionRules() {
    }
}
