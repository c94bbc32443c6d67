package com.weighttracker.identity.domain;

import static com.weighttracker.identity.domain.AccountFixtures.BERLIN;
import static com.weighttracker.identity.domain.AccountFixtures.REGISTERED_AT;
import static com.weighttracker.identity.domain.AccountFixtures.USER_ID;
import static com.weighttracker.identity.domain.AccountFixtures.accountWithPasswords;
import static com.weighttracker.identity.domain.AccountFixtures.hash;
import static com.weighttracker.identity.domain.AccountFixtures.registeredAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.weighttracker.identity.UserDeletionRequested;
import com.weighttracker.identity.UserEmailVerified;
import com.weighttracker.identity.UserReactivated;
import com.weighttracker.identity.UserRegistered;

class AccountTest {

    private static final Instant LATER = REGISTERED_AT.plus(Duration.ofHours(5));

    @Nested
    class Registration {

        @Test
        void recordsUserRegistered() {
            var account = Account.register(USER_ID, EmailAddress.of("anna@example.com"), Username.of("Anna"),
                    hash("first"), BERLIN, REGISTERED_AT);

            assertThat(account.drainEvents())
                    .containsExactly(new UserRegistered(USER_ID, "Anna", BERLIN, REGISTERED_AT));
        }

        @Test
        void drainEventsEmptiesTheList() {
            var account = Account.register(USER_ID, EmailAddress.of("anna@example.com"), Username.of("Anna"),
                    hash("first"), BERLIN, REGISTERED_AT);
            account.drainEvents();

            assertThat(account.drainEvents()).isEmpty();
        }

        @Test
        void startsUnverifiedNotPendingDeletionWithTheGivenPassword() {
            var account = Account.register(USER_ID, EmailAddress.of("anna@example.com"), Username.of("Anna"),
                    hash("first"), BERLIN, REGISTERED_AT);

            assertThat(account.getId()).isEqualTo(USER_ID);
            assertThat(account.email()).isEqualTo(EmailAddress.of("anna@example.com"));
            assertThat(account.username()).isEqualTo(Username.of("Anna"));
            assertThat(account.password()).isEqualTo(hash("first"));
            assertThat(account.recentPasswords()).containsExactly(hash("first"));
            assertThat(account.createdAt()).isEqualTo(REGISTERED_AT);
            assertThat(account.isEmailVerified()).isFalse();
            assertThat(account.emailVerifiedAt()).isEmpty();
            assertThat(account.isPendingDeletion()).isFalse();
            assertThat(account.deletionRequestedAt()).isEmpty();
            assertThat(account.version()).isZero();
        }

        @Test
        void restoreRecordsNoEvents() {
            var account = accountWithPasswords(hash("a"));

            assertThat(account.drainEvents()).isEmpty();
        }

        @Test
        void refusesAnAccountWithoutPassword() {
            assertThatIllegalArgumentException().isThrownBy(() -> accountWithPasswords());
        }
    }

    @Nested
    class EmailVerification {

        @Test
        void verifyingRecordsUserEmailVerified() {
            var account = registeredAccount();

            account.verifyEmail(LATER);

            assertThat(account.isEmailVerified()).isTrue();
            assertThat(account.emailVerifiedAt()).contains(LATER);
            assertThat(account.drainEvents()).containsExactly(new UserEmailVerified(USER_ID, LATER));
        }

        @Test
        void verifyingTwiceRecordsOneEventAndKeepsTheFirstInstant() {
            var account = registeredAccount();

            account.verifyEmail(LATER);
            account.verifyEmail(LATER.plusSeconds(60));

            assertThat(account.emailVerifiedAt()).contains(LATER);
            assertThat(account.drainEvents()).containsExactly(new UserEmailVerified(USER_ID, LATER));
        }

        @Test
        void verifyingAnAlreadyVerifiedRestoredAccountRecordsNothing() {
            var account = Account.restore(USER_ID, EmailAddress.of("anna@example.com"), Username.of("Anna"),
                    List.of(hash("a")), REGISTERED_AT, REGISTERED_AT, null, 1);

            account.verifyEmail(LATER);

            assertThat(account.emailVerifiedAt()).contains(REGISTERED_AT);
            assertThat(account.drainEvents()).isEmpty();
        }
    }

    @Nested
    class PasswordChange {

        @Test
        void theNewPasswordBecomesCurrent() {
            var account = registeredAccount();

            account.changePassword(hash("second"));

            assertThat(account.password()).isEqualTo(hash("second"));
            assertThat(account.recentPasswords()).containsExactly(hash("second"), hash("first"));
        }

        @Test
        void keepsOnlyTheLastThreePasswordsNewestFirst() {
            var account = registeredAccount();

            account.changePassword(hash("second"));
            account.changePassword(hash("third"));
            account.changePassword(hash("fourth"));
            account.changePassword(hash("fifth"));

            assertThat(account.recentPasswords())
                    .hasSize(Account.REMEMBERED_PASSWORDS)
                    .containsExactly(hash("fifth"), hash("fourth"), hash("third"));
        }

        @Test
        void remembersThreePasswords() {
            assertThat(Account.REMEMBERED_PASSWORDS).isEqualTo(3);
        }

        @Test
        void recentPasswordsCannotBeChangedFromOutside() {
            var account = registeredAccount();

            var passwords = account.recentPasswords();

            assertThat(passwords).isUnmodifiable();
        }

        @Test
        void restoringDoesNotShareTheGivenList() {
            var stored = new java.util.ArrayList<>(List.of(hash("a"), hash("b")));
            var account = Account.restore(USER_ID, EmailAddress.of("anna@example.com"), Username.of("Anna"),
                    stored, REGISTERED_AT, null, null, 1);

            stored.clear();

            assertThat(account.recentPasswords()).containsExactly(hash("a"), hash("b"));
        }

        @Test
        void changingThePasswordRecordsNoEvent() {
            var account = registeredAccount();

            account.changePassword(hash("second"));

            assertThat(account.drainEvents()).isEmpty();
        }
    }

    @Nested
    class Deletion {

        @Test
        void gracePeriodIsThirtyDays() {
            assertThat(Account.DELETION_GRACE_PERIOD).isEqualTo(Duration.ofDays(30));
        }

        @Test
        void requestingDeletionRecordsUserDeletionRequestedWithPurgeAfterThirtyDays() {
            var account = registeredAccount();

            account.requestDeletion(LATER);

            assertThat(account.isPendingDeletion()).isTrue();
            assertThat(account.deletionRequestedAt()).contains(LATER);
            assertThat(account.drainEvents()).containsExactly(
                    new UserDeletionRequested(USER_ID, LATER, Instant.parse("2026-01-31T15:00:00Z")));
        }

        @Test
        void requestingDeletionTwiceKeepsTheFirstRequestAndRecordsOneEvent() {
            var account = registeredAccount();

            account.requestDeletion(LATER);
            account.requestDeletion(LATER.plus(Duration.ofDays(3)));

            assertThat(account.deletionRequestedAt()).contains(LATER);
            assertThat(account.drainEvents()).hasSize(1);
        }

        @Test
        void reactivatingAPendingDeletionRecordsUserReactivated() {
            var account = registeredAccount();
            account.requestDeletion(LATER);
            account.drainEvents();
            var loginAt = LATER.plus(Duration.ofDays(2));

            account.reactivateIfDeletionPending(loginAt);

            assertThat(account.isPendingDeletion()).isFalse();
            assertThat(account.deletionRequestedAt()).isEmpty();
            assertThat(account.drainEvents()).containsExactly(new UserReactivated(USER_ID, loginAt));
        }

        @Test
        void reactivatingWithoutPendingDeletionRecordsNothing() {
            var account = registeredAccount();

            account.reactivateIfDeletionPending(LATER);

            assertThat(account.isPendingDeletion()).isFalse();
            assertThat(account.drainEvents()).isEmpty();
        }

        @Test
        void reactivatingTwiceRecordsOneEvent() {
            var account = registeredAccount();
            account.requestDeletion(LATER);
            account.drainEvents();

            account.reactivateIfDeletionPending(LATER.plusSeconds(1));
            account.reactivateIfDeletionPending(LATER.plusSeconds(2));

            assertThat(account.drainEvents()).containsExactly(new UserReactivated(USER_ID, LATER.plusSeconds(1)));
        }

        @Test
        void aReactivatedAccountCanRequestDeletionAgain() {
            var account = registeredAccount();
            account.requestDeletion(LATER);
            account.reactivateIfDeletionPending(LATER.plusSeconds(1));
            account.drainEvents();
            var again = LATER.plus(Duration.ofDays(1));

            account.requestDeletion(again);

            assertThat(account.drainEvents()).containsExactly(
                    new UserDeletionRequested(USER_ID, again, again.plus(Duration.ofDays(30))));
        }

        @Test
        void purgeIsDueExactlyThirtyDaysAfterTheRequest() {
            var account = registeredAccount();
            account.requestDeletion(LATER);

            assertThat(account.isPurgeDue(LATER.plus(Duration.ofDays(30)))).isTrue();
            assertThat(account.isPurgeDue(LATER.plus(Duration.ofDays(31)))).isTrue();
        }

        @Test
        void purgeIsNotDueBeforeThirtyDays() {
            var account = registeredAccount();
            account.requestDeletion(LATER);

            assertThat(account.isPurgeDue(LATER)).isFalse();
            assertThat(account.isPurgeDue(LATER.plus(Duration.ofDays(30)).minusNanos(1))).isFalse();
        }

        @Test
        void purgeIsNeverDueWithoutADeletionRequest() {
            var account = registeredAccount();

            assertThat(account.isPurgeDue(LATER.plus(Duration.ofDays(365)))).isFalse();
        }

        @Test
        void purgeIsNoLongerDueAfterReactivation() {
            var account = registeredAccount();
            account.requestDeletion(LATER);
            account.reactivateIfDeletionPending(LATER.plusSeconds(1));

            assertThat(account.isPurgeDue(LATER.plus(Duration.ofDays(60)))).isFalse();
        }
    }
}
