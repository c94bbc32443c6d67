package com.weighttracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.weighttracker.WeightTrackerApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
     * The bounded contexts. Each new one (social, messaging, challenges, gamification, notifications, …) is added
     * here together with its {@code package-info.java}; otherwise {@link #verifiesModularStructure()} could
     * silently pass on nothing.
     */
    static final Set<String> CONTEXTS = Set.of("challenges", "gamification", "identity", "messaging",
            "notifications", "social", "teams", "tracking");

    /** Every application module that must be detected: the contexts, the shared kernel and the platform. */
    private static final Set<String> EXPECTED_MODULES = Set.of("challenges", "gamification", "identity",
            "messaging", "notifications", "platform", "shared", "social", "teams", "tracking");

    private static final Path MODULE_DIRECTORY =
            Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();

    /** Generated, never checked in: {@code architecture-tests/target/modulith-docs} (docs/extending.md). */
    static final Path DOCUMENTATION = MODULE_DIRECTORY.resolve("target").resolve("modulith-docs");

    private static final ApplicationModules modules = ApplicationModules.of(WeightTrackerApplication.class);

    @Test
    void detectsEveryExpectedContext() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrderElementsOf(EXPECTED_MODULES)
                .containsAll(CONTEXTS);
    }

    /**
     * Each context boots alone with its declared dependencies in an {@code @ApplicationModuleTest} of its own
     * (bootstrap's tests, where the whole configuration is); its test classes are not on this classpath, so the
     * sources are read.
     */
    @Test
    void everyContextHasAModuleTest() throws IOException {
        var bootstrapTests = MODULE_DIRECTORY.resolveSibling("bootstrap").resolve("src/test/java/com/weighttracker");
        for (var context : CONTEXTS) {
            assertThat(bootstrapTests.resolve(context)).as("bootstrap's tests of %s", context).isDirectory();
            try (var sources = Files.walk(bootstrapTests.resolve(context))) {
                assertThat(sources.filter(Files::isRegularFile).filter(ModularityTests::declaresAModuleTest))
                        .as("an @ApplicationModuleTest in bootstrap/src/test/java/com/weighttracker/%s", context)
                        .isNotEmpty();
            }
        }
    }

    private static boolean declaresAModuleTest(Path source) {
        try {
            return Files.readString(source).contains("@ApplicationModuleTest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Module boundaries plus the hexagon declared by the jMolecules annotations on the package-infos. */
    @Test
    void verifiesModularStructure() {
        modules.verify(VerificationOptions.defaults()
                .withAdditionalVerifications(JMoleculesArchitectureRules.ensureHexagonal()));
    }

    /**
     * The C4 diagrams of Spring Modulith's {@link Documenter} and one Markdown canvas per module
     * ({@link ModuleCanvas}: published events with their fields, query interfaces, named interfaces, allowed
     * and actual dependencies), with full type names where Spring Modulith's canvases abbreviate
     * {@code teams} and {@code tracking} alike to {@code c.w.t}.
     */
    @Test
    void writesDocumentation() {
        assertThat(MODULE_DIRECTORY.resolve("pom.xml"))
                .as("the documenter wipes its output folder first: only ever inside this module's target/")
                .isRegularFile();

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        ModuleCanvas.writeAll(modules, DOCUMENTATION);

        assertThat(DOCUMENTATION.resolve("components.puml")).isRegularFile();
        assertThat(DOCUMENTATION.resolve("README.md")).isRegularFile();
        EXPECTED_MODULES.forEach(module -> {
            assertThat(DOCUMENTATION.resolve("module-" + module + ".puml")).isRegularFile();
            assertThat(DOCUMENTATION.resolve("module-" + module + ".md")).isRegularFile();
        });
        assertThat(DOCUMENTATION.resolve("module-teams.md")).content()
                .contains("com.weighttracker.teams.MemberJoinedTeam", "UUID teamId", "UserId userId",
                        "com.weighttracker.teams.TeamMembership", "tracking", "platform :: adapter.rest");
    }
}
