package com.weighttracker.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesDddRules;

/**
 * jMolecules' DDD building-block rules: aggregates refer to other aggregates by identifier only, entities
 * belong to one aggregate, identifiables have an identifier, value objects hold no identifiables.
 */
@AnalyzeClasses(packages = "com.weighttracker", importOptions = ImportOption.DoNotIncludeTests.class)
class DddRulesTest {

    @ArchTest
    static final ArchRule aggregatesEntitiesAndValueObjectsFollowDddRules = JMoleculesDddRules.all();
}
