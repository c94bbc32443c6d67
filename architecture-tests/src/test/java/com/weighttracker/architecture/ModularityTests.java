package com.weighttracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.weighttracker.WeightTrackerApplication;
import java.nio.file.Path;
import java.util.Set;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.VerificationOptions;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith sees one application module per bounded context across every jar on this classpath, so
 * the module structure is verified here and nowhere else.
 */
class ModularityTests {

    /**
     * Every application module that must be detected. Each new bounded context (tracking, teams, social,
     * messaging, challenges, gamification, notifications, …) must be added here together with its
     * {@code package-info.java}; otherwise {@link #verifiesModularStructure()} could silently pass on nothing.
     */
    private static final Set<String> EXPECTED_MODULES = Set.of("identity", "platform", "shared", "teams", "tracking");

    private static final ApplicationModules modules = ApplicationModules.of(WeightTrackerApplication.class);

    @Test
    void detectsEveryExpectedContext() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrderElementsOf(EXPECTED_MODULES);
    }

    /** Module boundaries plus the hexagon declared by the jMolecules annotations on the package-infos. */
    @Test
    void verifiesModularStructure() {
        modules.verify(VerificationOptions.defaults()
                .withAdditionalVerifications(JMoleculesArchitectureRules.ensureHexagonal()));
    }

    @Test
    void writesDocumentation() {
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path projectRoot = moduleDir.toAbsolutePath().normalize().getParent();
        // The documenter wipes its output folder first: never let it point anywhere but this project.
        assertThat(projectRoot.resolve("architecture-tests").resolve("pom.xml")).isRegularFile();
        Path outputFolder = projectRoot.resolve("docs").resolve("modulith");

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(outputFolder.toString()))
                .writeDocumentation();

        assertThat(outputFolder.resolve("components.puml")).isRegularFile();
        EXPECTED_MODULES.forEach(module -> assertThat(outputFolder.resolve("module-" + module + ".puml")).isRegularFile());
    }
}
