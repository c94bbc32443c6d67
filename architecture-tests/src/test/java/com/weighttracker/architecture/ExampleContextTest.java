package com.weighttracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules a new context must satisfy, run against two contexts kept in test scope: {@code example}, complete,
 * passes all of them (docs/extending.md walks through it); {@code incomplete} breaks one item of the checklist
 * per class, and each rule must report exactly that class, so a rule that silently checks nothing cannot pass.
 */
class ExampleContextTest {

    private static final JavaClasses EXAMPLE = new ClassFileImporter().importPackages("com.weighttracker.example");
    private static final JavaClasses INCOMPLETE =
            new ClassFileImporter().importPackages("com.weighttracker.incomplete");

    static Stream<ArchRule> rulesEveryContextMustPass() {
        return Stream.concat(ContextRules.all().stream(), Stream.of(
                LayerRulesTest.domainAndApplicationUseNoFrameworks,
                LayerRulesTest.domainDependsOnNeitherApplicationNorAdaptersNorConfiguration,
                LayerRulesTest.applicationDependsOnNeitherAdaptersNorConfiguration,
                LayerRulesTest.domainEventsAreRecordsPublishedInTheirContextsBasePackage,
                DddRulesTest.aggregatesEntitiesAndValueObjectsFollowDddRules,
                JMoleculesArchitectureRules.ensureHexagonal()));
    }

    @ParameterizedTest
    @MethodSource("rulesEveryContextMustPass")
    void theExampleContextPasses(ArchRule rule) {
        rule.check(EXAMPLE);
    }

    @Test
    void theExampleContextIsWhatTheRulesLookAt() {
        assertThat(EXAMPLE.stream().map(type -> type.getPackageName()).distinct()).contains(
                "com.weighttracker.example", "com.weighttracker.example.domain",
                "com.weighttracker.example.application", "com.weighttracker.example.application.port.in",
                "com.weighttracker.example.application.port.out", "com.weighttracker.example.adapter.events",
                "com.weighttracker.example.adapter.persistence", "com.weighttracker.example.config");
    }

    @Test
    void aClassInAPackageNoContextHasFails() {
        assertThat(violations(ContextRules.classesLiveInAKnownPlace))
                .singleElement().asString().contains("com.weighttracker.incomplete.helpers.ReminderTimes");
    }

    @Test
    void aPortWhosePackageDeclaresNoHexagonRoleFails() {
        assertThat(violations(ContextRules.portsAndAdaptersDeclareTheirHexagonRole))
                .singleElement().asString()
                .contains("incomplete.application.port.in.SendReminderUseCase", "@PrimaryPort", "declares none");
    }

    @Test
    void aContextWithoutItsModuleDeclarationFails() {
        assertThat(violations(ContextRules.modulesDeclareTheirAllowedDependencies))
                .singleElement().asString().contains("module incomplete has no @ApplicationModule package-info");
    }

    @Test
    void domainCodeUsingSpringFails() {
        assertThat(violations(LayerRulesTest.domainAndApplicationUseNoFrameworks))
                .isNotEmpty().allSatisfy(line -> assertThat(line).contains("incomplete.domain.Reminder"));
    }

    @Test
    void anEventThatIsNoRecordFails() {
        assertThat(violations(LayerRulesTest.domainEventsAreRecordsPublishedInTheirContextsBasePackage))
                .singleElement().asString().contains("incomplete.ReminderSent");
    }

    @Test
    void aControllerAnsweringWithAUseCasesViewFails() {
        var leaky = new ClassFileImporter().importPackages("com.weighttracker.leaky");
        var result = LayerRulesTest.controllersAnswerWithResponsesOfTheirAdapterNeverWithViews.evaluate(leaky);
        assertThat(result.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("ReminderController.reminders()", "ReminderView"))
                .anySatisfy(line -> assertThat(line).contains("ReminderController.wrapped()", "ReminderView"));
    }

    private static List<String> violations(ArchRule rule) {
        var result = rule.evaluate(INCOMPLETE);
        assertThat(result.hasViolation()).as("%s reports a violation on the incomplete context", rule).isTrue();
        return result.getFailureReport().getDetails();
    }
}
