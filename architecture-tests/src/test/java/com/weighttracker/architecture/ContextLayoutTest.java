package com.weighttracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.weighttracker.architecture.ContextLayout.Layer;
import com.weighttracker.architecture.ContextLayout.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.junit.jupiter.api.Test;

class ContextLayoutTest {

    @Test
    void placesEachKindOfPackageInOneLayerWithItsHexagonRole() {
        assertThat(ContextLayout.placeOf("com.weighttracker.social.domain.moderation"))
                .map(Place::layers).contains(Set.of(Layer.DOMAIN));
        assertThat(ContextLayout.placeOf("com.weighttracker.social.application.port.in.feed"))
                .map(Place::roles).contains(Set.of(PrimaryPort.class));
        assertThat(ContextLayout.placeOf("com.weighttracker.social.application.port.out"))
                .map(Place::roles).contains(Set.of(SecondaryPort.class));
        assertThat(ContextLayout.placeOf("com.weighttracker.social.application.feed"))
                .map(Place::roles).contains(Set.of(Application.class));
        assertThat(ContextLayout.placeOf("com.weighttracker.social.adapter.persistence.schema.tables"))
                .map(Place::layers).contains(Set.of(Layer.ADAPTERS_PERSISTENCE));
        assertThat(ContextLayout.placeOf("com.weighttracker.social.config"))
                .map(Place::layers).contains(Set.of(Layer.BOOTSTRAP));
    }

    @Test
    void knowsNoPackageOutsideTheList() {
        assertThat(ContextLayout.placeOf("com.weighttracker.social.helpers")).isEmpty();
        assertThat(ContextLayout.placeOf("com.weighttracker.social.application.port")).isEmpty();
        assertThat(ContextLayout.placeOf("com.weighttracker.social.application.port.sideways")).isEmpty();
        assertThat(ContextLayout.placeOf("com.weighttracker.social.adapter.util")).isEmpty();
        assertThat(ContextLayout.placeOf("com.weighttracker.social.domain.Internal")).isEmpty();
    }

    @Test
    void givesThePlatformAndTheSharedKernelTheirOwnFewExtraPlaces() {
        assertThat(ContextLayout.placeOf("com.weighttracker.platform.security")).isPresent();
        assertThat(ContextLayout.placeOf("com.weighttracker.social.security")).isEmpty();
        assertThat(ContextLayout.placeOf("com.weighttracker.shared.application")).map(Place::roles)
                .contains(Set.of(SecondaryPort.class));
        assertThat(ContextLayout.placeOf("com.weighttracker.social.application")).map(Place::roles)
                .contains(Set.of(Application.class));
    }

    @Test
    void everyKindOfPackageIsInTheTableOfDocsExtending() throws Exception {
        var docs = Files.readString(Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("..").resolve("docs").resolve("extending.md"));
        ContextLayout.PLACES.stream().flatMap(place -> place.packages().stream().map(name -> place.context() == null
                        ? name : place.context() + (name.isEmpty() ? "" : "." + name)))
                .map(name -> name.endsWith("..") ? name.substring(0, name.length() - 2) : name)
                .filter(name -> !name.isEmpty())
                .forEach(name -> assertThat(docs).as("docs/extending.md names %s", name).contains("`" + name + "`"));
    }
}
