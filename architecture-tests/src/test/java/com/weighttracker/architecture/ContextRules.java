package com.weighttracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.weighttracker.architecture.ContextLayout.Layer;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.ApplicationModule;

/**
 * The checklist a bounded context must satisfy, as ArchUnit rules over any set of imported classes: the
 * production code ({@link ContextRulesTest}) and the example and incomplete contexts kept in test scope
 * ({@link ExampleContextTest}). The places themselves are listed once, in {@link ContextLayout}.
 */
final class ContextRules {

    private static final List<Class<? extends Annotation>> HEXAGON_ROLES = List.of(
            Application.class, PrimaryPort.class, SecondaryPort.class, PrimaryAdapter.class, SecondaryAdapter.class);

    /** Where the class file came from: {@code <module>/target/classes/…} or {@code <module>-<version>.jar}. */
    private static final Pattern MAVEN_MODULE_OF_SOURCE =
            Pattern.compile("/([a-z-]+)(?:/target/classes/|-\\d[^/]*\\.jar!?/)");

    private ContextRules() {
    }

    static final ArchRule classesLiveInAKnownPlace = classes()
            .that().resideInAPackage(ContextLayout.ROOT + "..")
            .should(liveInAKnownPlace())
            .allowEmptyShould(false)
            .because("a context has the same few kinds of packages in every layer (ContextLayout, docs/extending.md)");

    static final ArchRule classesLiveInTheMavenModuleOfTheirLayer = classes()
            .that().resideInAPackage(ContextLayout.ROOT + "..")
            .should(beHeldByTheMavenModuleOfTheirPlace())
            .allowEmptyShould(false)
            .because("each Maven module owns only its own sub-packages, so the compiler enforces the hexagon");

    static final ArchRule portsAndAdaptersDeclareTheirHexagonRole = classes()
            .that().resideInAPackage(ContextLayout.ROOT + "..")
            .should(beInAPackageDeclaringTheRoleOfTheirPlace())
            .allowEmptyShould(false)
            .because("jMolecules' hexagonal verification can only check the roles the package-infos declare");

    static final ArchRule modulesDeclareTheirAllowedDependencies = classes()
            .that().resideInAPackage(ContextLayout.ROOT + ".*..")
            .should(beInAClosedModuleDeclaringItsAllowedDependencies())
            .allowEmptyShould(false)
            .because("no module, not even the shared kernel or the platform, is open to everyone by default");

    static List<ArchRule> all() {
        return List.of(classesLiveInAKnownPlace, classesLiveInTheMavenModuleOfTheirLayer,
                portsAndAdaptersDeclareTheirHexagonRole, modulesDeclareTheirAllowedDependencies);
    }

    private static ArchCondition<JavaClass> liveInAKnownPlace() {
        return new ArchCondition<>("live in a package listed in ContextLayout") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var packageName = type.getPackageName();
                var known = packageName.equals(ContextLayout.ROOT)
                        ? type.isAnnotatedWith(SpringBootApplication.class) || isPackageInfo(type)
                        : ContextLayout.placeOf(packageName).isPresent();
                if (!known) {
                    events.add(SimpleConditionEvent.violated(type, "%s is in %s, which is none of %s"
                            .formatted(type.getName(), packageName, ContextLayout.PLACES)));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beHeldByTheMavenModuleOfTheirPlace() {
        return new ArchCondition<>("be held by the Maven module ContextLayout names for their package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var layer = layerOf(type);
                var place = ContextLayout.placeOf(type.getPackageName());
                if (layer.isPresent() && place.isPresent() && !place.get().layers().contains(layer.get())) {
                    events.add(SimpleConditionEvent.violated(type, "%s is in %s, but %s belongs in %s".formatted(
                            type.getName(), layer.get().mavenModule, place.get(),
                            place.get().layers().stream().map(it -> it.mavenModule).sorted().toList())));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beInAPackageDeclaringTheRoleOfTheirPlace() {
        return new ArchCondition<>("be in a package whose package-info declares the hexagon role of their place") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var place = ContextLayout.placeOf(type.getPackageName());
                if (place.isEmpty() || place.get().roles().isEmpty()) {
                    return;
                }
                var declared = declaredRole(type.getPackage());
                if (declared.isEmpty() || !place.get().roles().contains(declared.get())) {
                    events.add(SimpleConditionEvent.violated(type, ("%s is in %s, whose package-info should declare "
                            + "%s but declares %s").formatted(type.getName(), place.get(), names(place.get().roles()),
                            declared.map(it -> "@" + it.getSimpleName()).orElse("none"))));
                }
            }
        };
    }

    /**
     * One event per module rather than per class: a context without its module declaration is one finding.
     */
    private static ArchCondition<JavaClass> beInAClosedModuleDeclaringItsAllowedDependencies() {
        return new ArchCondition<>("be in a closed module whose package-info declares its allowedDependencies") {
            private final Map<String, JavaClass> firstClassOfEachModule = new TreeMap<>();

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                firstClassOfEachModule.clear();
            }

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                ContextLayout.moduleOf(type.getPackageName())
                        .ifPresent(module -> firstClassOfEachModule.putIfAbsent(module, type));
            }

            @Override
            public void finish(ConditionEvents events) {
                firstClassOfEachModule.forEach((module, type) -> {
                    var declaration = basePackageOf(type.getPackage(), ContextLayout.ROOT + "." + module)
                            .flatMap(base -> base.tryGetAnnotationOfType(ApplicationModule.class));
                    var problem = declaration.isEmpty() ? "has no @ApplicationModule package-info"
                            : declaration.get().type() == ApplicationModule.Type.OPEN ? "is declared OPEN"
                            : Arrays.asList(declaration.get().allowedDependencies()).equals(
                                    List.of(ApplicationModule.OPEN_TOKEN))
                                    ? "does not declare allowedDependencies (so it may depend on anything)"
                                    : null;
                    events.add(new SimpleConditionEvent(type, problem == null,
                            "module %s %s".formatted(module, problem == null ? "is closed and declares its "
                                    + "allowedDependencies" : problem)));
                });
            }
        };
    }

    private static Optional<JavaPackage> basePackageOf(JavaPackage javaPackage, String baseName) {
        var candidate = Optional.of(javaPackage);
        while (candidate.isPresent() && !candidate.get().getName().equals(baseName)) {
            candidate = candidate.get().getParent();
        }
        return candidate;
    }

    /** The hexagon role of the nearest package (itself or an enclosing one) whose package-info declares one. */
    private static Optional<Class<? extends Annotation>> declaredRole(JavaPackage javaPackage) {
        for (var candidate = Optional.of(javaPackage); candidate.isPresent(); candidate = candidate.get().getParent()) {
            var current = candidate.get();
            var role = HEXAGON_ROLES.stream().filter(current::isAnnotatedWith).findFirst();
            if (role.isPresent()) {
                return Optional.of(role.get());
            }
        }
        return Optional.empty();
    }

    static Optional<Layer> layerOf(JavaClass type) {
        return type.getSource().flatMap(source -> {
            var matcher = MAVEN_MODULE_OF_SOURCE.matcher(source.getUri().toString());
            return matcher.find() ? Layer.ofMavenModule(matcher.group(1)) : Optional.empty();
        });
    }

    private static boolean isPackageInfo(JavaClass type) {
        return type.getSimpleName().equals("package-info");
    }

    private static String names(Collection<Class<? extends Annotation>> annotations) {
        return annotations.stream().map(it -> "@" + it.getSimpleName()).sorted().collect(Collectors.joining(" or "));
    }
}
