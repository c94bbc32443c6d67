package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.schema.Tables.ACCOUNTS;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

import com.weighttracker.identity.adapter.persistence.schema.tables.records.AccountsRecord;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.identity.domain.Account;
import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.PasswordHash;
import com.weighttracker.identity.domain.Username;
import com.weighttracker.platform.adapter.persistence.ConstraintViolations;
import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.UserId;

@Repository
class JooqAccountRepository implements AccountRepository {

    private final DSLContext dsl;

    JooqAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Account> findById(UserId id) {
        return dsl.selectFrom(ACCOUNTS).where(ACCOUNTS.ID.eq(id.value())).fetchOptional(JooqAccountRepository::toAccount);
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return dsl.selectFrom(ACCOUNTS).where(ACCOUNTS.EMAIL.eq(email.value()))
                .fetchOptional(JooqAccountRepository::toAccount);
    }

    @Override
    public void add(Account account) {
        try {
            dsl.insertInto(ACCOUNTS)
                    .set(ACCOUNTS.ID, account.getId().value())
                    .set(ACCOUNTS.EMAIL, account.email().value())
                    .set(ACCOUNTS.USERNAME, account.username().value())
                    .set(ACCOUNTS.PASSWORD_HASHES, hashes(account))
                    .set(ACCOUNTS.CREATED_AT, account.createdAt())
                    .set(ACCOUNTS.EMAIL_VERIFIED_AT, account.emailVerifiedAt().orElse(null))
                    .set(ACCOUNTS.DELETION_REQUESTED_AT, account.deletionRequestedAt().orElse(null))
                    .set(ACCOUNTS.VERSION, account.version())
                    .execute();
        } catch (DataIntegrityViolationException e) {
            throw ConstraintViolations.uniqueConstraintOf(e).map(JooqAccountRepository::conflictFor).orElseThrow(() -> e);
        }
    }

    @Override
    public void update(Account account) {
        var updated = dsl.update(ACCOUNTS)
                .set(ACCOUNTS.PASSWORD_HASHES, hashes(account))
                .set(ACCOUNTS.EMAIL_VERIFIED_AT, account.emailVerifiedAt().orElse(null))
                .set(ACCOUNTS.DELETION_REQUESTED_AT, account.deletionRequestedAt().orElse(null))
                .set(ACCOUNTS.VERSION, ACCOUNTS.VERSION.plus(1))
                .where(ACCOUNTS.ID.eq(account.getId().value()))
                .and(ACCOUNTS.VERSION.eq(account.version()))
                .execute();
        if (updated == 0) {
            throw new InConflict(null, "The account was changed at the same time. Please try again.");
        }
    }

    @Override
    public List<UserId> findDeletionRequestedBefore(Instant requestedBefore, int limit) {
        return dsl.select(ACCOUNTS.ID).from(ACCOUNTS)
                .where(ACCOUNTS.DELETION_REQUESTED_AT.le(requestedBefore))
                .orderBy(ACCOUNTS.DELETION_REQUESTED_AT)
                .limit(limit)
                .fetch(row -> new UserId(row.value1()));
    }

    @Override
    public void delete(UserId id) {
        dsl.deleteFrom(ACCOUNTS).where(ACCOUNTS.ID.eq(id.value())).execute();
    }

    private static String[] hashes(Account account) {
        return account.recentPasswords().stream().map(PasswordHash::value).toArray(String[]::new);
    }

    private static InConflict conflictFor(String constraint) {
        return constraint.contains("username")
                ? new InConflict("username", "This username is taken.")
                : new InConflict("email", "An account with this e-mail address exists already.");
    }

    private static Account toAccount(AccountsRecord row) {
        return Account.restore(new UserId(row.getId()), new EmailAddress(row.getEmail()),
                new Username(row.getUsername()),
                Arrays.stream(row.getPasswordHashes()).map(PasswordHash::new).toList(), row.getCreatedAt(),
                row.getEmailVerifiedAt(), row.getDeletionRequestedAt(), row.getVersion());
    }
}
