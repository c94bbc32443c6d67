package com.weighttracker.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.ddd.types.ValueObject;

/**
 * jMolecules' DDD building-block rules: aggregates refer to other aggregates by identifier only, entities
 * belong to one aggregate, identifiables have an identifier, value objects hold no identifiables.
 */
@AnalyzeClasses(packages = "com.weighttracker", importOptions = ImportOption.DoNotIncludeTests.class)
class DddRulesTest {

    @ArchTest
    static final ArchRule aggregatesEntitiesAndValueObjectsFollowDddRules = JMoleculesDddRules.all();

    /**
     * jMolecules declares its rules {@code allowEmptyShould(true)}: on a context whose domain implements no
     * jMolecules type they would pass on nothing. So every context must give them something to check.
     */
    @ArchTest
    static void everyContextHasAggregatesAndValueObjectsTheRulesCheck(JavaClasses classes) {
        ModularityTests.CONTEXTS.forEach(context -> {
            var domain = classes.that(resideInAPackage("com.weighttracker." + context + ".domain.."));
            assertThat(domain.that(assignableTo(AggregateRoot.class)))
                    .as("aggregate roots (jMolecules AggregateRoot) in %s.domain", context).isNotEmpty();
            assertThat(domain.that(assignableTo(ValueObject.class).or(assignableTo(Identifier.class))))
                    .as("value objects or identifiers (jMolecules) in %s.domain", context).isNotEmpty();
        });
    }
}
