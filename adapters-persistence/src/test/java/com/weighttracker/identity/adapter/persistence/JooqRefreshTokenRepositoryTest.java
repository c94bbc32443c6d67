package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.T0;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.at;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.digest;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.refreshToken;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.weighttracker.identity.domain.RefreshToken;
import com.weighttracker.shared.UserId;

class JooqRefreshTokenRepositoryTest {

    private final JooqRefreshTokenRepository tokens = new JooqRefreshTokenRepository(TestDatabase.dsl());
    private UserId anna;
    private UserId bert;

    @BeforeEach
    void twoUsers() {
        TestDatabase.clean();
        var accounts = new JooqAccountRepository(TestDatabase.dsl());
        var annaAccount = registered("anna@example.com", "anna");
        var bertAccount = registered("bert@example.com", "bert");
        accounts.add(annaAccount);
        accounts.add(bertAccount);
        anna = annaAccount.getId();
        bert = bertAccount.getId();
    }

    @Test
    void addedTokenReadsBackByDigestWithEveryField() {
        var family = UUID.randomUUID();
        var token = refreshToken("secret", anna, family, T0);

        tokens.add(token);

        var found = tokens.findByDigest(digest("secret")).orElseThrow();
        assertThat(found.getId()).isEqualTo(digest("secret")).hasSize(64);
        assertThat(found.userId()).isEqualTo(anna);
        assertThat(found.familyId()).isEqualTo(family);
        assertThat(found.issuedAt()).isEqualTo(T0);
        assertThat(found.expiresAt()).isEqualTo(T0.plus(RefreshToken.LIFETIME));
        assertThat(found.consumedAt()).isNull();
        assertThat(found.revokedAt()).isNull();
        assertThat(found.judge(at(1))).isEqualTo(RefreshToken.Verdict.ROTATE);
    }

    @Test
    void unknownDigestFindsNothing() {
        tokens.add(refreshToken("secret", anna, UUID.randomUUID(), T0));

        assertThat(tokens.findByDigest(digest("other secret"))).isEmpty();
    }

    @Test
    void consumeSucceedsOnceThenReportsTheReplay() {
        tokens.add(refreshToken("secret", anna, UUID.randomUUID(), T0));

        assertThat(tokens.consume(digest("secret"), at(10))).isTrue();
        assertThat(tokens.consume(digest("secret"), at(20))).isFalse();

        var found = tokens.findByDigest(digest("secret")).orElseThrow();
        assertThat(found.consumedAt()).as("the first consumption counts").isEqualTo(at(10));
        assertThat(found.revokedAt()).isNull();
        assertThat(found.judge(at(30))).isEqualTo(RefreshToken.Verdict.REUSED);
    }

    @Test
    void revokedTokenCannotBeConsumed() {
        var family = UUID.randomUUID();
        tokens.add(refreshToken("secret", anna, family, T0));
        tokens.revokeFamily(family, at(5));

        assertThat(tokens.consume(digest("secret"), at(10))).isFalse();
        assertThat(tokens.findByDigest(digest("secret")).orElseThrow().consumedAt()).isNull();
    }

    @Test
    void consumingAnUnknownDigestReportsFalse() {
        assertThat(tokens.consume(digest("never issued"), T0)).isFalse();
    }

    @Test
    void revokeFamilyRevokesEveryTokenOfThatFamilyOnly() {
        var stolen = UUID.randomUUID();
        var otherSession = UUID.randomUUID();
        tokens.add(refreshToken("first", anna, stolen, T0));
        tokens.add(refreshToken("second", anna, stolen, at(1)));
        tokens.add(refreshToken("other session", anna, otherSession, T0));
        tokens.consume(digest("first"), at(1));

        tokens.revokeFamily(stolen, at(100));

        var first = tokens.findByDigest(digest("first")).orElseThrow();
        assertThat(first.revokedAt()).isEqualTo(at(100));
        assertThat(first.consumedAt()).as("consumption is kept").isEqualTo(at(1));
        assertThat(tokens.findByDigest(digest("second")).orElseThrow().revokedAt()).isEqualTo(at(100));
        assertThat(tokens.findByDigest(digest("other session")).orElseThrow().revokedAt()).isNull();
        assertThat(tokens.findByDigest(digest("second")).orElseThrow().judge(at(101)))
                .isEqualTo(RefreshToken.Verdict.DEAD);
    }

    @Test
    void revokingAgainKeepsTheFirstRevocationTime() {
        var family = UUID.randomUUID();
        tokens.add(refreshToken("secret", anna, family, T0));
        tokens.revokeFamily(family, at(100));

        tokens.revokeFamily(family, at(200));
        tokens.revokeAllOf(anna, at(300));

        assertThat(tokens.findByDigest(digest("secret")).orElseThrow().revokedAt()).isEqualTo(at(100));
    }

    @Test
    void revokeAllOfRevokesEveryTokenOfThatUserOnly() {
        tokens.add(refreshToken("anna phone", anna, UUID.randomUUID(), T0));
        tokens.add(refreshToken("anna laptop", anna, UUID.randomUUID(), T0));
        tokens.add(refreshToken("bert phone", bert, UUID.randomUUID(), T0));

        tokens.revokeAllOf(anna, at(42));

        assertThat(tokens.findByDigest(digest("anna phone")).orElseThrow().revokedAt()).isEqualTo(at(42));
        assertThat(tokens.findByDigest(digest("anna laptop")).orElseThrow().revokedAt()).isEqualTo(at(42));
        assertThat(tokens.findByDigest(digest("bert phone")).orElseThrow().revokedAt()).isNull();
    }
}
