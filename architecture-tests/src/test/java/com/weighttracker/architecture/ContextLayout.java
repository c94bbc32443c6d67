package com.weighttracker.architecture;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The one list of packages a class of a bounded context may live in: for each, the Maven module (layer) that
 * holds it and the hexagon role its package-info must declare. Packages are relative to the context's base
 * package {@code com.weighttracker.<context>}. {@code docs/extending.md} shows the same table: change both
 * together, and add a line here (not an exception in a rule) when a new kind of package is really needed.
 */
final class ContextLayout {

    static final String ROOT = "com.weighttracker";

    /** The Maven modules that hold production code, i.e. the layers of the hexagon. */
    enum Layer {
        DOMAIN("domain"), APPLICATION("application"), ADAPTERS_REST("adapters-rest"),
        ADAPTERS_PERSISTENCE("adapters-persistence"), ADAPTERS_MESSAGING("adapters-messaging"),
        ADAPTERS_NOTIFICATIONS("adapters-notifications"), BOOTSTRAP("bootstrap");

        final String mavenModule;

        Layer(String mavenModule) {
            this.mavenModule = mavenModule;
        }

        static Optional<Layer> ofMavenModule(String name) {
            return java.util.Arrays.stream(values()).filter(layer -> layer.mavenModule.equals(name)).findFirst();
        }
    }

    /**
     * One kind of package.
     *
     * @param context the only module it is meant for ({@code null}: every context)
     * @param pattern regular expression over the package name relative to the module's base package
     * @param meaning what belongs there, shown in failure messages and docs
     * @param layers the Maven modules that may hold its classes
     * @param roles the jMolecules hexagon annotations one of which the nearest annotated package must carry
     *              (empty: none required)
     */
    record Place(String context, Pattern pattern, String meaning, Set<Layer> layers,
                 Set<Class<? extends Annotation>> roles) {

        boolean fits(String module, String relativePackage) {
            return (context == null || context.equals(module)) && pattern.matcher(relativePackage).matches();
        }

        @Override
        public String toString() {
            var module = context == null ? "<context>" : context;
            return pattern.pattern().isEmpty() ? module : module + "." + pattern.pattern();
        }
    }

    private static final Set<Class<? extends Annotation>> ADAPTER =
            Set.of(PrimaryAdapter.class, SecondaryAdapter.class);

    /** Specific places (for one module) first: the first place that fits a package is the one that counts. */
    static final List<Place> PLACES = List.of(
            place("platform", "", "platform exceptions both kinds of adapter use", Set.of(), Layer.ADAPTERS_REST,
                    Layer.BOOTSTRAP),
            place("platform", "security", "token vocabulary shared by primary and secondary adapters (ADR 1)",
                    Set.of(), Layer.ADAPTERS_REST),
            place("shared", "application", "outbound ports every context shares", Set.of(SecondaryPort.class),
                    Layer.APPLICATION, Layer.BOOTSTRAP),
            place(null, "", "published surface: events (domain), query interfaces (application), the module "
                    + "declaration (package-info in bootstrap)", Set.of(), Layer.DOMAIN, Layer.APPLICATION,
                    Layer.BOOTSTRAP),
            place(null, "domain(\\.[a-z]+)*", "aggregates, value objects, policies", Set.of(), Layer.DOMAIN),
            place(null, "application", "use-case services", Set.of(Application.class), Layer.APPLICATION),
            place(null, "application\\.port\\.in(\\.[a-z]+)?", "inbound ports: use cases, commands, results",
                    Set.of(PrimaryPort.class), Layer.APPLICATION),
            place(null, "application\\.port\\.out(\\.[a-z]+)?", "outbound ports", Set.of(SecondaryPort.class),
                    Layer.APPLICATION),
            place(null, "application\\.(?!port$|port\\.)[a-z]+", "use-case services of one feature area",
                    Set.of(Application.class), Layer.APPLICATION),
            place(null, "adapter\\.(rest|imports|security|captcha)(\\.[a-z]+)*",
                    "HTTP, file formats, security, CAPTCHA", ADAPTER, Layer.ADAPTERS_REST),
            place(null, "adapter\\.(persistence|cache|storage)(\\.[a-z]+)*", "jOOQ, caches, blob storage",
                    ADAPTER, Layer.ADAPTERS_PERSISTENCE),
            place(null, "adapter\\.(events|messaging)(\\.[a-z]+)*", "event listeners, STOMP, fan-out", ADAPTER,
                    Layer.ADAPTERS_MESSAGING),
            place(null, "adapter\\.(notifications|mail)(\\.[a-z]+)*", "e-mail, push, in-app delivery", ADAPTER,
                    Layer.ADAPTERS_NOTIFICATIONS),
            place(null, "config", "wiring of use cases and adapters", Set.of(), Layer.BOOTSTRAP));

    private ContextLayout() {
    }

    private static Place place(String context, String pattern, String meaning, Set<Class<? extends Annotation>> roles,
                               Layer... layers) {
        return new Place(context, Pattern.compile(pattern), meaning, Set.of(layers), roles);
    }

    /** The module (first segment below {@link #ROOT}) of a package, empty for the root package itself. */
    static Optional<String> moduleOf(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        var below = packageName.substring(ROOT.length() + 1);
        var dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }

    static String relativePackage(String packageName) {
        var module = moduleOf(packageName).orElseThrow();
        var base = ROOT + "." + module;
        return packageName.equals(base) ? "" : packageName.substring(base.length() + 1);
    }

    /** The place a package of the application belongs to; empty if it is in none. */
    static Optional<Place> placeOf(String packageName) {
        return moduleOf(packageName).flatMap(module -> PLACES.stream()
                .filter(place -> place.fits(module, relativePackage(packageName)))
                .findFirst());
    }
}
