package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.T0;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.at;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.digest;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.oneTimeToken;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.registered;
import static com.weighttracker.identity.domain.OneTimeToken.Purpose.EMAIL_VERIFICATION;
import static com.weighttracker.identity.domain.OneTimeToken.Purpose.PASSWORD_RESET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.weighttracker.shared.UserId;

class JooqOneTimeTokenRepositoryTest {

    private final JooqOneTimeTokenRepository tokens = new JooqOneTimeTokenRepository(TestDatabase.dsl());
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
        tokens.add(oneTimeToken("reset", anna, PASSWORD_RESET, T0));

        var found = tokens.findByDigest(digest("reset")).orElseThrow();
        assertThat(found.getId()).isEqualTo(digest("reset"));
        assertThat(found.userId()).isEqualTo(anna);
        assertThat(found.purpose()).isEqualTo(PASSWORD_RESET);
        assertThat(found.expiresAt()).isEqualTo(T0.plus(PASSWORD_RESET.lifetime()));
        assertThat(found.usedAt()).isNull();
        assertThat(found.isRedeemable(PASSWORD_RESET, at(1))).isTrue();
        assertThat(tokens.findByDigest(digest("unknown"))).isEmpty();
    }

    @Test
    void markUsedSucceedsOnceAndKeepsTheFirstUseTime() {
        tokens.add(oneTimeToken("verify", anna, EMAIL_VERIFICATION, T0));

        assertThat(tokens.markUsed(digest("verify"), at(10))).isTrue();
        assertThat(tokens.markUsed(digest("verify"), at(20))).isFalse();

        var found = tokens.findByDigest(digest("verify")).orElseThrow();
        assertThat(found.usedAt()).isEqualTo(at(10));
        assertThat(found.isRedeemable(EMAIL_VERIFICATION, at(30))).isFalse();
    }

    @Test
    void markUsedOfAnUnknownDigestReportsFalse() {
        assertThat(tokens.markUsed(digest("never issued"), T0)).isFalse();
    }

    @Test
    void invalidateOutstandingKillsOnlyThatUsersUnusedTokensOfThatPurpose() {
        tokens.add(oneTimeToken("anna verify 1", anna, EMAIL_VERIFICATION, T0));
        tokens.add(oneTimeToken("anna verify 2", anna, EMAIL_VERIFICATION, at(1)));
        tokens.add(oneTimeToken("anna verify used", anna, EMAIL_VERIFICATION, T0));
        tokens.markUsed(digest("anna verify used"), at(5));
        tokens.add(oneTimeToken("anna reset", anna, PASSWORD_RESET, T0));
        tokens.add(oneTimeToken("bert verify", bert, EMAIL_VERIFICATION, T0));

        tokens.invalidateOutstanding(anna, EMAIL_VERIFICATION, at(100));

        assertThat(tokens.findByDigest(digest("anna verify 1")).orElseThrow().usedAt()).isEqualTo(at(100));
        assertThat(tokens.findByDigest(digest("anna verify 2")).orElseThrow().usedAt()).isEqualTo(at(100));
        assertThat(tokens.findByDigest(digest("anna verify used")).orElseThrow().usedAt())
                .as("an already used token keeps its use time").isEqualTo(at(5));
        assertThat(tokens.findByDigest(digest("anna reset")).orElseThrow().usedAt()).isNull();
        assertThat(tokens.findByDigest(digest("bert verify")).orElseThrow().usedAt()).isNull();
        assertThat(tokens.markUsed(digest("anna verify 2"), at(101))).isFalse();
        assertThat(tokens.markUsed(digest("anna reset"), at(101))).isTrue();
    }
}
