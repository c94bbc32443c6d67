package com.weighttracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class PatchTest {

    @Test
    void unchangedIsNotPresentAndKeepsTheCurrentValue() {
        Patch<String> patch = Patch.unchanged();

        assertThat(patch.isPresent()).isFalse();
        assertThat(patch.value()).isNull();
        assertThat(patch.applyTo("current")).isEqualTo("current");
    }

    @Test
    void setReplacesTheCurrentValue() {
        var patch = Patch.to("new");

        assertThat(patch.isPresent()).isTrue();
        assertThat(patch.value()).isEqualTo("new");
        assertThat(patch.applyTo("current")).isEqualTo("new");
    }

    @Test
    void clearedIsPresentAndClearsTheCurrentValue() {
        Patch<String> patch = Patch.to(null);

        assertThat(patch.isPresent()).isTrue();
        assertThat(patch.value()).isNull();
        assertThat(patch.applyTo("current")).isNull();
    }

    @Test
    void mapConvertsASetValue() {
        var mapped = Patch.to("42").map(Integer::valueOf);

        assertThat(mapped.isPresent()).isTrue();
        assertThat(mapped.value()).isEqualTo(42);
    }

    @Test
    void mapKeepsUnchangedWithoutCallingTheConverter() {
        Patch<String> patch = Patch.unchanged();

        Patch<Integer> mapped = patch.map(value -> fail("converter must not run for an unchanged patch"));

        assertThat(mapped.isPresent()).isFalse();
        assertThat(mapped.applyTo(7)).isEqualTo(7);
    }

    @Test
    void mapKeepsClearedWithoutCallingTheConverter() {
        Patch<String> patch = Patch.to(null);

        Patch<Integer> mapped = patch.map(value -> fail("converter must not run for a cleared patch"));

        assertThat(mapped.isPresent()).isTrue();
        assertThat(mapped.value()).isNull();
        assertThat(mapped.applyTo(7)).isNull();
    }
}
