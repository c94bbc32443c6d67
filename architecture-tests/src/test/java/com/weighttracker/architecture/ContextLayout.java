package com.weighttracker.architecture;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
     * @param packages the package names relative to the module's base package: {@code ""} is the base package,
     *                 a trailing {@code ..} includes sub-packages, {@code <area>} is any one name but {@code port}
     * @param meaning what belongs there, shown in failure messages and docs
     * @param layers the Maven modules that may hold its classes
     * @param roles the jMolecules hexagon annotations one of which the nearest annotated package must carry
     *              (empty: none required)
     * @param pattern {@code packages} as one regular expression
     */
    record Place(String context, List<String> packages, String meaning, Set<Layer> layers,
                 Set<Class<? extends Annotation>> roles, Pattern pattern) {

        boolean fits(String module, String relativePackage) {
            return (context == null || context.equals(module)) && pattern.matcher(relativePackage).matches();
        }

        @Override
        public String toString() {
            var module = context == null ? "<context>" : context;
            return packages.stream().map(it -> it.isEmpty() ? module : module + "." + it)
                    .collect(Collectors.joining(" | "));
        }
    }

    private static final Set<Class<? extends Annotation>> ADAPTER =
            Set.of(PrimaryAdapter.class, SecondaryAdapter.class);

    /**
     * Every kind of package, specific places (for one module) first: the first place that fits a package is the
     * one that counts. The table "The known packages" in docs/extending.md shows the same list.
     */
    static final List<Place> PLACES = List.of(
            place("platform", List.of(""), "platform exceptions both kinds of adapter use", Set.of(),
                    Layer.ADAPTERS_REST, Layer.BOOTSTRAP),
            place("platform", List.of("security"), "token vocabulary shared by primary and secondary adapters",
                    Set.of(), Layer.ADAPTERS_REST),
            place("shared", List.of("application"), "outbound ports every context shares",
                    Set.of(SecondaryPort.class), Layer.APPLICATION, Layer.BOOTSTRAP),
            place("shared", List.of("application.images"), "the one image-upload path every context uses",
                    Set.of(Application.class), Layer.APPLICATION, Layer.BOOTSTRAP),
            place("shared", List.of("application.port.in"), "what image uses take from and give to their adapters",
                    Set.of(PrimaryPort.class), Layer.APPLICATION, Layer.BOOTSTRAP),
            place(null, List.of(""), "published surface: events (domain), query interfaces (application), the "
                    + "module declaration (package-info in bootstrap)", Set.of(), Layer.DOMAIN, Layer.APPLICATION,
                    Layer.BOOTSTRAP),
            place(null, List.of("domain.."), "aggregates, value objects, policies", Set.of(), Layer.DOMAIN),
            place(null, List.of("application", "application.<area>"), "use-case services",
                    Set.of(Application.class), Layer.APPLICATION),
            place(null, List.of("application.port.in", "application.port.in.<area>"),
                    "inbound ports: use cases, commands, results", Set.of(PrimaryPort.class), Layer.APPLICATION),
            place(null, List.of("application.port.out", "application.port.out.<area>"), "outbound ports",
                    Set.of(SecondaryPort.class), Layer.APPLICATION),
            place(null, List.of("adapter.rest..", "adapter.imports..", "adapter.security..", "adapter.captcha.."),
                    "HTTP, file formats, security, CAPTCHA", ADAPTER, Layer.ADAPTERS_REST),
            place(null, List.of("adapter.persistence..", "adapter.cache..", "adapter.storage..", "adapter.sessions..",
                    "adapter.images.."), "jOOQ, caches, blob storage, session revocations, image codecs", ADAPTER,
                    Layer.ADAPTERS_PERSISTENCE),
            place(null, List.of("adapter.events..", "adapter.messaging..", "adapter.jobs.."),
                    "event listeners, STOMP, fan-out, scheduled and queued jobs", ADAPTER, Layer.ADAPTERS_MESSAGING),
            place(null, List.of("adapter.notifications..", "adapter.mail.."), "e-mail, push, in-app delivery",
                    ADAPTER, Layer.ADAPTERS_NOTIFICATIONS),
            place(null, List.of("config"), "wiring of use cases and adapters", Set.of(), Layer.BOOTSTRAP));

    private ContextLayout() {
    }

    private static Place place(String context, List<String> packages, String meaning,
                               Set<Class<? extends Annotation>> roles, Layer... layers) {
        var pattern = packages.stream().map(ContextLayout::regex).collect(Collectors.joining("|"));
        return new Place(context, packages, meaning, Set.of(layers), roles, Pattern.compile(pattern));
    }

    private static String regex(String relativePackage) {
        var subPackages = relativePackage.endsWith("..");
        var name = subPackages ? relativePackage.substring(0, relativePackage.length() - 2) : relativePackage;
        return "(?:" + name.replace(".", "\\.").replace("<area>", "(?!port$)[a-z][a-z0-9]*")
                + (subPackages ? "(?:\\.[a-z][a-z0-9]*)*" : "") + ")";
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
