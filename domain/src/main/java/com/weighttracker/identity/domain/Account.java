package com.weighttracker.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.weighttracker.identity.UserDeletionRequested;
import com.weighttracker.identity.UserEmailVerified;
import com.weighttracker.identity.UserReactivated;
import com.weighttracker.identity.UserRegistered;
import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.UserId;

/**
 * A user's account: how they sign in and whether they still want to be here. Its id is the
 * {@link UserId} every other context refers to.
 */
public final class Account extends EventRecordingAggregate<Account, UserId> {

    /** How many passwords (the current one included) a new password may not repeat. */
    public static final int REMEMBERED_PASSWORDS = 3;
    /** How long a deleted account can still be restored by logging in. */
    public static final Duration DELETION_GRACE_PERIOD = Duration.ofDays(30);

    private final UserId id;
    private final EmailAddress email;
    private final Username username;
    private final List<PasswordHash> recentPasswords;
    private final Instant createdAt;
    private Instant emailVerifiedAt;
    private Instant deletionRequestedAt;
    private final long version;

    private Account(UserId id, EmailAddress email, Username username, List<PasswordHash> recentPasswords,
            Instant createdAt, Instant emailVerifiedAt, Instant deletionRequestedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.email = Objects.requireNonNull(email);
        this.username = Objects.requireNonNull(username);
        if (recentPasswords.isEmpty()) {
            throw new IllegalArgumentException("an account always has a password");
        }
        this.recentPasswords = new ArrayList<>(recentPasswords);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.emailVerifiedAt = emailVerifiedAt;
        this.deletionRequestedAt = deletionRequestedAt;
        this.version = version;
    }

    public static Account register(UserId id, EmailAddress email, Username username, PasswordHash password,
            ZoneId timeZone, Instant now) {
        var account = new Account(id, email, username, List.of(password), now, null, null, 0);
        account.register(new UserRegistered(id, username.value(), timeZone, now));
        return account;
    }

    /** Rebuilds a stored account; records no events. */
    public static Account restore(UserId id, EmailAddress email, Username username, List<PasswordHash> recentPasswords,
            Instant createdAt, Instant emailVerifiedAt, Instant deletionRequestedAt, long version) {
        return new Account(id, email, username, recentPasswords, createdAt, emailVerifiedAt, deletionRequestedAt,
                version);
    }

    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
            register(new UserEmailVerified(id, now));
        }
    }

    /** Replaces the password; callers check {@link PasswordReusePolicy} first. */
    public void changePassword(PasswordHash newPassword) {
        recentPasswords.add(0, Objects.requireNonNull(newPassword));
        while (recentPasswords.size() > REMEMBERED_PASSWORDS) {
            recentPasswords.remove(recentPasswords.size() - 1);
        }
    }

    public void requestDeletion(Instant now) {
        if (deletionRequestedAt == null) {
            deletionRequestedAt = now;
            register(new UserDeletionRequested(id, now, now.plus(DELETION_GRACE_PERIOD)));
        }
    }

    /** Logging in during the grace period cancels a requested deletion. */
    public void reactivateIfDeletionPending(Instant now) {
        if (deletionRequestedAt != null) {
            deletionRequestedAt = null;
            register(new UserReactivated(id, now));
        }
    }

    public boolean isPendingDeletion() {
        return deletionRequestedAt != null;
    }

    public boolean isPurgeDue(Instant now) {
        return deletionRequestedAt != null && !now.isBefore(deletionRequestedAt.plus(DELETION_GRACE_PERIOD));
    }

    @Override
    public UserId getId() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public Username username() {
        return username;
    }

    public PasswordHash password() {
        return recentPasswords.get(0);
    }

    /** The current password's hash first, then older ones. */
    public List<PasswordHash> recentPasswords() {
        return List.copyOf(recentPasswords);
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Optional<Instant> emailVerifiedAt() {
        return Optional.ofNullable(emailVerifiedAt);
    }

    public Optional<Instant> deletionRequestedAt() {
        return Optional.ofNullable(deletionRequestedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
