package com.weighttracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;

/**
 * The checklist of {@link ContextRules} over every jar of the application (the fixtures in test scope are left
 * out here; {@link ExampleContextTest} runs the same rules on them).
 */
@AnalyzeClasses(packages = "com.weighttracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ContextRulesTest {

    @ArchTest
    static final ArchRule classesLiveInAKnownPlace = ContextRules.classesLiveInAKnownPlace;

    @ArchTest
    static final ArchRule classesLiveInTheMavenModuleOfTheirLayer = ContextRules.classesLiveInTheMavenModuleOfTheirLayer;

    /** The layer rule skips classes whose Maven module it cannot tell: it must tell every module's classes. */
    @ArchTest
    static void recognisesTheMavenModuleOfClassesInEveryLayer(JavaClasses classes) {
        assertThat(classes.stream().map(ContextRules::layerOf).flatMap(Optional::stream).distinct())
                .containsExactlyInAnyOrder(ContextLayout.Layer.values());
    }

    @ArchTest
    static final ArchRule portsAndAdaptersDeclareTheirHexagonRole = ContextRules.portsAndAdaptersDeclareTheirHexagonRole;

    @ArchTest
    static final ArchRule modulesDeclareTheirAllowedDependencies = ContextRules.modulesDeclareTheirAllowedDependencies;
}
