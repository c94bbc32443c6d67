package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.CURRENT_HASH;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.OLDEST_HASH;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.PREVIOUS_HASH;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.T0;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.at;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.defaultProfile;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.deletionRequested;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.newUserId;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.oneTimeToken;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.refreshToken;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.registered;
import static com.weighttracker.identity.adapter.persistence.schema.Tables.ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.weighttracker.identity.domain.Account;
import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.OneTimeToken;
import com.weighttracker.identity.domain.PasswordHash;
import com.weighttracker.identity.domain.Username;
import com.weighttracker.shared.InConflict;

class JooqAccountRepositoryTest {

    private final JooqAccountRepository accounts = new JooqAccountRepository(TestDatabase.dsl());

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean();
    }

    @Test
    void addedAccountReadsBackByIdAndByEmailWithEveryField() {
        var account = Account.restore(newUserId(), new EmailAddress("anna@example.com"), new Username("Anna_B"),
                List.of(CURRENT_HASH, PREVIOUS_HASH, OLDEST_HASH), T0, at(1), at(999_999), 7);

        accounts.add(account);

        for (var found : List.of(accounts.findById(account.getId()).orElseThrow(),
                accounts.findByEmail(new EmailAddress("anna@example.com")).orElseThrow())) {
            assertThat(found.getId()).isEqualTo(account.getId());
            assertThat(found.email()).isEqualTo(new EmailAddress("anna@example.com"));
            assertThat(found.username()).isEqualTo(new Username("Anna_B"));
            assertThat(found.recentPasswords()).as("newest first, as stored")
                    .containsExactly(CURRENT_HASH, PREVIOUS_HASH, OLDEST_HASH);
            assertThat(found.password()).isEqualTo(CURRENT_HASH);
            assertThat(found.createdAt()).isEqualTo(T0);
            assertThat(found.emailVerifiedAt()).contains(at(1));
            assertThat(found.deletionRequestedAt()).contains(at(999_999));
            assertThat(found.version()).isEqualTo(7);
        }
    }

    @Test
    void freshlyRegisteredAccountReadsBackWithoutOptionalInstants() {
        var account = registered("new@example.com", "newbie");

        accounts.add(account);

        var found = accounts.findById(account.getId()).orElseThrow();
        assertThat(found.email()).isEqualTo(account.email());
        assertThat(found.username()).isEqualTo(account.username());
        assertThat(found.recentPasswords()).containsExactly(CURRENT_HASH);
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.emailVerifiedAt()).isEmpty();
        assertThat(found.deletionRequestedAt()).isEmpty();
        assertThat(found.version()).isZero();
        assertThat(found.isEmailVerified()).isFalse();
        assertThat(found.isPendingDeletion()).isFalse();
    }

    @Test
    void findByEmailIgnoresTheCaseTheAddressIsTypedIn() {
        var account = registered("anna@example.com", "anna");
        accounts.add(account);

        assertThat(accounts.findByEmail(new EmailAddress("  Anna@EXAMPLE.com ")))
                .hasValueSatisfying(found -> assertThat(found.getId()).isEqualTo(account.getId()));
    }

    @Test
    void unknownIdOrEmailFindsNothing() {
        accounts.add(registered("anna@example.com", "anna"));

        assertThat(accounts.findById(newUserId())).isEmpty();
        assertThat(accounts.findByEmail(new EmailAddress("bert@example.com"))).isEmpty();
    }

    @Test
    void addingATakenEmailIsAConflictOnTheEmailField() {
        accounts.add(registered("anna@example.com", "anna"));

        assertThatThrownBy(() -> accounts.add(registered("ANNA@example.com", "someone_else")))
                .isInstanceOfSatisfying(InConflict.class,
                        conflict -> assertThat(conflict.field()).isEqualTo("email"));
        assertThat(TestDatabase.dsl().fetchCount(ACCOUNTS)).isOne();
    }

    @Test
    void addingAUsernameThatDiffersOnlyInCaseIsAConflictOnTheUsernameField() {
        accounts.add(registered("anna@example.com", "Anna"));

        assertThatThrownBy(() -> accounts.add(registered("other@example.com", "aNNA")))
                .isInstanceOfSatisfying(InConflict.class,
                        conflict -> assertThat(conflict.field()).isEqualTo("username"));
        assertThat(TestDatabase.dsl().fetchCount(ACCOUNTS)).isOne();
    }

    @Test
    void updateStoresChangesAndIncrementsTheVersion() {
        var account = registered("anna@example.com", "anna");
        accounts.add(account);
        var read = accounts.findById(account.getId()).orElseThrow();
        read.changePassword(PREVIOUS_HASH);
        read.changePassword(OLDEST_HASH);
        read.changePassword(new PasswordHash("$2a$10$fourthFourthFourthFourthFourthFourthFourthFourthFourthFo"));
        read.verifyEmail(at(10));
        read.requestDeletion(at(20));

        accounts.update(read);

        var found = accounts.findById(account.getId()).orElseThrow();
        assertThat(found.recentPasswords()).as("three newest, newest first").containsExactly(
                new PasswordHash("$2a$10$fourthFourthFourthFourthFourthFourthFourthFourthFourthFo"), OLDEST_HASH,
                PREVIOUS_HASH);
        assertThat(found.emailVerifiedAt()).contains(at(10));
        assertThat(found.deletionRequestedAt()).contains(at(20));
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void updateClearsACancelledDeletionRequest() {
        var account = deletionRequested("anna", T0);
        accounts.add(account);
        var read = accounts.findById(account.getId()).orElseThrow();
        read.reactivateIfDeletionPending(at(5));

        accounts.update(read);

        assertThat(accounts.findById(account.getId()).orElseThrow().deletionRequestedAt()).isEmpty();
    }

    @Test
    void updateOfAStaleCopyIsAConflictAndChangesNothing() {
        var account = registered("anna@example.com", "anna");
        accounts.add(account);
        var first = accounts.findById(account.getId()).orElseThrow();
        var second = accounts.findById(account.getId()).orElseThrow();
        first.verifyEmail(at(10));
        accounts.update(first);

        second.requestDeletion(at(20));
        assertThatThrownBy(() -> accounts.update(second))
                .isInstanceOfSatisfying(InConflict.class,
                        conflict -> assertThat(conflict.field()).as("not about one field").isNull());

        var stored = accounts.findById(account.getId()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.emailVerifiedAt()).contains(at(10));
        assertThat(stored.deletionRequestedAt()).isEmpty();
    }

    @Test
    void updateOfADeletedAccountIsAConflict() {
        var account = registered("anna@example.com", "anna");
        accounts.add(account);
        accounts.delete(account.getId());

        assertThatThrownBy(() -> accounts.update(account)).isInstanceOf(InConflict.class);
    }

    @Test
    void findDeletionRequestedBeforeReturnsOnlyDueAccountsOldestFirstUpToTheLimit() {
        var cutoff = T0.plus(Duration.ofDays(1));
        var newest = deletionRequested("due_newest", cutoff); // "at or before": the cutoff itself is due
        var oldest = deletionRequested("due_oldest", T0);
        var middle = deletionRequested("due_middle", at(1));
        var notYet = deletionRequested("not_yet", cutoff.plusNanos(1_000));
        var active = registered("active@example.com", "active");
        for (var account : List.of(newest, notYet, oldest, active, middle)) {
            accounts.add(account);
        }

        assertThat(accounts.findDeletionRequestedBefore(cutoff, 10))
                .containsExactly(oldest.getId(), middle.getId(), newest.getId());
        assertThat(accounts.findDeletionRequestedBefore(cutoff, 2)).containsExactly(oldest.getId(), middle.getId());
        assertThat(accounts.findDeletionRequestedBefore(T0.minusNanos(1_000), 10)).isEmpty();
    }

    @Test
    void deleteRemovesTheAccountWithItsProfileAndTokensButNobodyElses() {
        var doomed = registered("doomed@example.com", "doomed");
        var other = registered("other@example.com", "other");
        accounts.add(doomed);
        accounts.add(other);
        var dsl = TestDatabase.dsl();
        var profiles = new JooqProfileRepository(dsl);
        var refreshTokens = new JooqRefreshTokenRepository(dsl);
        var oneTimeTokens = new JooqOneTimeTokenRepository(dsl);
        for (var owner : List.of(doomed, other)) {
            var name = owner.username().value();
            profiles.add(defaultProfile(owner.getId()));
            refreshTokens.add(refreshToken("refresh-" + name, owner.getId(), UUID.randomUUID(), T0));
            oneTimeTokens.add(oneTimeToken("verify-" + name, owner.getId(), OneTimeToken.Purpose.EMAIL_VERIFICATION,
                    T0));
        }

        accounts.delete(doomed.getId());

        assertThat(accounts.findById(doomed.getId())).isEmpty();
        assertThat(profiles.findById(doomed.getId())).isEmpty();
        assertThat(refreshTokens.findByDigest(IdentityFixtures.digest("refresh-doomed"))).isEmpty();
        assertThat(oneTimeTokens.findByDigest(IdentityFixtures.digest("verify-doomed"))).isEmpty();

        assertThat(accounts.findById(other.getId())).isPresent();
        assertThat(profiles.findById(other.getId())).isPresent();
        assertThat(refreshTokens.findByDigest(IdentityFixtures.digest("refresh-other"))).isPresent();
        assertThat(oneTimeTokens.findByDigest(IdentityFixtures.digest("verify-other"))).isPresent();
    }

    @Test
    void deletingAnUnknownAccountDoesNothing() {
        accounts.add(registered("anna@example.com", "anna"));

        accounts.delete(newUserId());

        assertThat(TestDatabase.dsl().fetchCount(ACCOUNTS)).isOne();
    }
}
