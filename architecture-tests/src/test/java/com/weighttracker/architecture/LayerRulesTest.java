package com.weighttracker.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.conditions.ArchConditions.never;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.HashSet;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jmolecules.event.types.DomainEvent;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dependency rules of DESIGN.md ("dependencies point inward") over every jar of the application. Maven
 * modules are recognised by the packages they own: {@code <context>.domain}, the context's base package (its
 * published events) and the shared kernel come from {@code domain}; {@code <context>.application} from
 * {@code application}; {@code <context>.adapter.*} from the adapter jars; {@code <context>.config} from
 * {@code bootstrap}.
 */
@AnalyzeClasses(packages = "com.weighttracker", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    private static final String DOMAIN = "com.weighttracker.*.domain..";
    private static final String APPLICATION = "com.weighttracker.*.application..";
    private static final String APPLICATION_SERVICES = "com.weighttracker.*.application";
    private static final String INBOUND_PORTS = "com.weighttracker.*.application.port.in..";
    private static final String OUTBOUND_PORTS = "com.weighttracker.*.application.port.out..";
    private static final String SHARED_KERNEL = "com.weighttracker.shared..";
    private static final String ADAPTERS = "com.weighttracker.*.adapter..";
    private static final String CONFIGURATION = "com.weighttracker.*.config..";
    private static final String PERSISTENCE_ADAPTERS = "com.weighttracker.*.adapter.persistence..";
    private static final String PLATFORM = "com.weighttracker.platform..";
    /**
     * A context's file formats (imports of other apps' exports, our CSV/JSON exports): the primary adapter
     * a controller hands an upload to and streams a download through, in the same jar.
     */
    private static final String FILE_FORMAT_ADAPTERS = "com.weighttracker.*.adapter.imports..";

    /**
     * {@code package-info} of the context base packages carry Spring Modulith's {@code @ApplicationModule} and
     * live in {@code bootstrap} by design; they are declarations, not domain code.
     */
    private static final DescribedPredicate<JavaClass> PACKAGE_DECLARATIONS = simpleName("package-info");

    /** A bounded context's base package {@code com.weighttracker.<context>}: its published events and queries. */
    private static final DescribedPredicate<JavaClass> PUBLISHED_SURFACE_OF_A_CONTEXT =
            DescribedPredicate.describe("in a context's base package com.weighttracker.<context>",
                    type -> type.getPackageName().matches("com\\.weighttracker\\.[^.]+")
                            && !type.getPackageName().equals("com.weighttracker.shared")
                            && !type.getPackageName().equals("com.weighttracker.platform"));

    private static final DescribedPredicate<JavaClass> DOMAIN_CODE = resideInAPackage(DOMAIN)
            .or(resideInAPackage(SHARED_KERNEL).and(not(resideInAPackage(APPLICATION))))
            .or(PUBLISHED_SURFACE_OF_A_CONTEXT)
            .as("reside in a context's domain or published surface or in the shared kernel");

    private static final DescribedPredicate<JavaClass> FRAMEWORK_FREE_CODE = DOMAIN_CODE
            .or(resideInAPackage(APPLICATION))
            .as("reside in a context's domain, published surface or application, or in the shared kernel");

    @ArchTest
    static final ArchRule domainAndApplicationUseNoFrameworks = noClasses()
            .that(FRAMEWORK_FREE_CODE).and(not(PACKAGE_DECLARATIONS))
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.jooq..", "com.fasterxml.jackson..", "tools.jackson..",
                    "jakarta.servlet..", "jakarta.persistence..")
            .because("domain and application are plain Java; transactions and events are outbound ports");

    @ArchTest
    static final ArchRule domainDependsOnNeitherApplicationNorAdaptersNorConfiguration = noClasses()
            .that(DOMAIN_CODE).and(not(PACKAGE_DECLARATIONS))
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, ADAPTERS, CONFIGURATION)
            .because("dependencies point inward: adapters -> application -> domain");

    @ArchTest
    static final ArchRule applicationDependsOnNeitherAdaptersNorConfiguration = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, CONFIGURATION)
            .because("the application reaches the outside world only through its outbound ports");

    @ArchTest
    static final ArchRule controllersUseOnlyInboundPortsAndTheDomain = classes()
            .that().areAnnotatedWith(RestController.class).and().resideInAPackage("..adapter.rest..")
            .should().onlyDependOnClassesThat(resideInAnyPackage(
                            INBOUND_PORTS, DOMAIN, SHARED_KERNEL, "com.weighttracker.*.adapter.rest..",
                            FILE_FORMAT_ADAPTERS,
                            "com.weighttracker.platform.adapter.rest..", "com.weighttracker.platform.adapter.security..",
                            "java..", "org.springframework..", "io.swagger..", "jakarta..")
                    .or(PUBLISHED_SURFACE_OF_A_CONTEXT)
                    .as("reside in an inbound port, the domain, the shared kernel, a REST adapter, a file format "
                            + "adapter, the platform's REST/security adapters, or the JDK/Spring/Swagger/Jakarta "
                            + "libraries"))
            .andShould(never(dependOnClassesThat(resideInAnyPackage(
                    OUTBOUND_PORTS, PERSISTENCE_ADAPTERS, APPLICATION_SERVICES))))
            .because("controllers drive use cases through inbound ports only");

    /**
     * ADR 18: a controller's handler methods (any {@code @RequestMapping}) answer with its REST adapter's response records (made by the context's MapStruct
     * mapper), never with a use case's view, so the JSON and its OpenAPI schema are the adapter's to shape. The
     * return type is looked through: type arguments ({@code Envelope<List<…>>}) and the components of the
     * adapter's own records (a response that wraps a view leaks it as much as returning it).
     */
    @ArchTest
    static final ArchRule controllersAnswerWithResponsesOfTheirAdapterNeverWithViews = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .and().areMetaAnnotatedWith(RequestMapping.class)
            .should(answerWithoutApplicationTypes())
            .because("responses are the REST adapter's records made by its MapStruct mapper (ADR 18)");

    static ArchCondition<JavaMethod> answerWithoutApplicationTypes() {
        return new ArchCondition<>("answer without types of an application layer (views) in the response") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (var leaked : applicationTypesIn(method.getReturnType(), new HashSet<>())) {
                    events.add(SimpleConditionEvent.violated(method, ("%s answers with %s, a type of the application "
                            + "layer; map it to a response record of the REST adapter").formatted(
                                    method.getFullName(), leaked.getName())));
                }
            }
        };
    }

    private static Set<JavaClass> applicationTypesIn(JavaType type, Set<JavaClass> seen) {
        var leaked = new HashSet<JavaClass>();
        for (var involved : type.getAllInvolvedRawTypes()) {
            if (!seen.add(involved)) {
                continue;
            }
            if (resideInAPackage(APPLICATION).test(involved)) {
                leaked.add(involved);
            } else if (involved.isRecord() && involved.getPackageName().matches("com\\.weighttracker\\..*")) {
                involved.getFields().stream().filter(field -> !field.getModifiers().contains(
                        JavaModifier.STATIC))
                        .forEach(field -> leaked.addAll(applicationTypesIn(field.getType(), seen)));
            }
        }
        return leaked;
    }

    @ArchTest
    static final ArchRule adaptersOfDifferentContextsDoNotDependOnEachOther = slices()
            .matching("com.weighttracker.(*).adapter..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage(PLATFORM))
            .because("contexts talk through published events and queries, never through each other's adapters");

    @ArchTest
    static final ArchRule jooqStaysInPersistenceAdaptersAndConfiguration = noClasses()
            .that().resideOutsideOfPackages(PERSISTENCE_ADAPTERS, CONFIGURATION)
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .because("jOOQ types never leave the persistence adapter");

    @ArchTest
    static final ArchRule domainEventsAreRecordsPublishedInTheirContextsBasePackage = classes()
            .that().implement(DomainEvent.class).and().areNotInterfaces()
            .should().beRecords()
            .andShould(be(PUBLISHED_SURFACE_OF_A_CONTEXT))
            .because("events are immutable facts and a context's base package is its published surface");
}
