package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.T0;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.defaultProfile;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.digest;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.oneTimeToken;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.refreshToken;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.OneTimeToken;
import com.weighttracker.shared.UserId;

/**
 * The hot lookups reach their rows through an index. The statements explained are the ones the
 * repositories really send (captured from jOOQ while the repository method runs), with their bind
 * values inlined. The test tables hold a handful of rows, where a sequential scan is rightly
 * cheapest, so the session forbids sequential and bitmap scans: the planner then takes an index
 * scan if, and only if, a usable index exists.
 */
class ExplainPlansTest {

    private static UserId anna;
    private static UserId bert;
    private static UUID family;

    @BeforeAll
    static void someRows() {
        TestDatabase.clean();
        var dsl = TestDatabase.dsl();
        var accounts = new JooqAccountRepository(dsl);
        var account = registered("anna@example.com", "anna");
        accounts.add(account);
        var other = registered("bert@example.com", "bert");
        accounts.add(other);
        anna = account.getId();
        bert = other.getId();
        var profiles = new JooqProfileRepository(dsl);
        profiles.add(defaultProfile(anna));
        profiles.add(defaultProfile(bert));
        family = UUID.randomUUID();
        new JooqRefreshTokenRepository(dsl).add(refreshToken("secret", anna, family, T0));
        new JooqOneTimeTokenRepository(dsl)
                .add(oneTimeToken("verify", anna, OneTimeToken.Purpose.EMAIL_VERIFICATION, T0));
    }

    @Test
    void findAccountByEmailUsesTheUniqueEmailIndex() {
        var plan = planOf(dsl -> new JooqAccountRepository(dsl).findByEmail(new EmailAddress("anna@example.com")));

        assertThat(plan).containsPattern("Index (Only )?Scan using accounts_email_key on accounts");
    }

    @Test
    void findRefreshTokenByDigestUsesThePrimaryKey() {
        var plan = planOf(dsl -> new JooqRefreshTokenRepository(dsl).findByDigest(digest("secret")));

        assertThat(plan).containsPattern("Index (Only )?Scan using refresh_tokens_pkey on refresh_tokens");
    }

    @Test
    void consumeRefreshTokenFindsItsRowByThePrimaryKey() {
        var plan = planOf(dsl -> new JooqRefreshTokenRepository(dsl).consume(digest("nothing"), T0));

        assertThat(plan).containsPattern("Index (Only )?Scan using refresh_tokens_pkey on refresh_tokens");
    }

    @Test
    void revokeFamilyUsesTheFamilyIndex() {
        var plan = planOf(dsl -> new JooqRefreshTokenRepository(dsl).revokeFamily(UUID.randomUUID(), T0));

        assertThat(plan).containsPattern("Index (Only )?Scan using refresh_tokens_family_idx on refresh_tokens");
    }

    @Test
    void revokeAllOfAUserUsesTheUserIndex() {
        var plan = planOf(dsl -> new JooqRefreshTokenRepository(dsl).revokeAllOf(anna, T0));

        assertThat(plan).containsPattern("Index (Only )?Scan using refresh_tokens_user_idx on refresh_tokens");
    }

    @Test
    void invalidateOutstandingOneTimeTokensUsesTheUserAndPurposeIndex() {
        var plan = planOf(dsl -> new JooqOneTimeTokenRepository(dsl).invalidateOutstanding(anna,
                OneTimeToken.Purpose.PASSWORD_RESET, T0));

        assertThat(plan).containsPattern("Index (Only )?Scan using one_time_tokens_user_idx on one_time_tokens");
    }

    @Test
    void findAccountsDueForPurgeUsesThePartialDeletionIndex() {
        var plan = planOf(dsl -> new JooqAccountRepository(dsl).findDeletionRequestedBefore(T0, 100));

        assertThat(plan).containsPattern("Index (Only )?Scan using accounts_deletion_requested_idx on accounts");
    }

    @Test
    void findUserFactsReadsBothTablesByTheirPrimaryKeys() {
        var plan = planOf(dsl -> new JooqUserFactsReader(dsl).find(anna));

        assertThat(plan).containsPattern("Index (Only )?Scan using accounts_pkey on accounts")
                .containsPattern("Index (Only )?Scan using profiles_pkey on profiles");
    }

    @Test
    void findAllUserFactsReadsBothTablesByTheirPrimaryKeys() {
        var plan = planOf(dsl -> new JooqUserFactsReader(dsl).findAll(List.of(anna, bert)));

        assertThat(plan).containsPattern("Index (Only )?Scan using accounts_pkey on accounts")
                .containsPattern("Index (Only )?Scan using profiles_pkey on profiles");
    }

    /** Runs {@code work} against a jOOQ that records the one statement it sends, and explains that. */
    private static String planOf(Consumer<DSLContext> work) {
        var sent = new ArrayList<Query>();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                sent.add(ctx.query());
            }
        };
        var base = TestDatabase.dsl();
        var recording = DSL.using(base.configuration().derive(new DefaultExecuteListenerProvider(recorder)));

        work.accept(recording);

        assertThat(sent).as("statements sent").hasSize(1).doesNotContainNull();
        return explain(sent.get(0));
    }

    private static String explain(Query query) {
        return TestDatabase.dsl().connectionResult(connection -> {
            var session = DSL.using(connection, SQLDialect.POSTGRES);
            session.execute("set enable_seqscan = off");
            session.execute("set enable_bitmapscan = off");
            try {
                List<String> lines = session.fetch("explain " + session.renderInlined(query)).getValues(0,
                        String.class);
                return lines.stream().collect(Collectors.joining("\n"));
            } finally {
                session.execute("reset enable_seqscan");
                session.execute("reset enable_bitmapscan");
            }
        });
    }
}
