package com.weighttracker.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OpaqueTokenTest {

    @Test
    void generatesDistinctValues() {
        var values = new HashSet<String>();
        IntStream.range(0, 100).forEach(i -> values.add(OpaqueToken.generate().value()));

        assertThat(values).hasSize(100);
    }

    @Test
    void generatesUrlSafeValuesOf43CharactersWithoutPadding() {
        for (int i = 0; i < 100; i++) {
            assertThat(OpaqueToken.generate().value()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        }
    }

    @Test
    void digestIs64LowerCaseHexCharacters() {
        assertThat(OpaqueToken.generate().digest()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void digestIsSha256OfTheValue() {
        assertThat(new OpaqueToken("abc").digest())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void digestIsDeterministic() {
        var token = OpaqueToken.generate();

        assertThat(token.digest())
                .isEqualTo(token.digest())
                .isEqualTo(new OpaqueToken(token.value()).digest())
                .isEqualTo(OpaqueToken.digestOf(token.value()));
    }

    @Test
    void digestDiffersFromTheValue() {
        var token = OpaqueToken.generate();

        assertThat(token.digest()).isNotEqualTo(token.value()).doesNotContain(token.value());
    }

    @Test
    void differentValuesHaveDifferentDigests() {
        assertThat(new OpaqueToken("token-a").digest()).isNotEqualTo(new OpaqueToken("token-b").digest());
    }

    @Test
    void redactsTheValueInToString() {
        var token = OpaqueToken.generate();

        assertThat(token.toString()).isEqualTo("OpaqueToken[redacted]").doesNotContain(token.value());
    }
}
