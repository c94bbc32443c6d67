package com.weighttracker.identity.domain;

import static com.weighttracker.identity.domain.AccountFixtures.accountWithPasswords;
import static com.weighttracker.identity.domain.AccountFixtures.hash;
import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Rejection.FieldError;

class PasswordReusePolicyTest {

    private final Account account = accountWithPasswords(hash("current"), hash("older"), hash("oldest"));

    @Test
    void rejectsTheCurrentPassword() {
        assertThat(fieldErrorsOf(() -> PasswordReusePolicy.check(account, "newPassword",
                stored -> stored.equals(hash("current")))))
                .containsExactly(new FieldError("newPassword",
                        "choose a password you have not used for your last 3 passwords"));
    }

    @Test
    void rejectsTheOldestRememberedPassword() {
        assertThat(fieldErrorsOf(() -> PasswordReusePolicy.check(account, "password",
                stored -> stored.equals(hash("oldest")))))
                .extracting(FieldError::field)
                .containsExactly("password");
    }

    @Test
    void acceptsAPasswordMatchingNoneOfTheRecentHashes() {
        assertThatCode(() -> PasswordReusePolicy.check(account, "newPassword", stored -> false))
                .doesNotThrowAnyException();
    }

    @Test
    void asksThePredicateAboutEveryRememberedHashWhenNoneMatches() {
        List<PasswordHash> asked = new ArrayList<>();

        PasswordReusePolicy.check(account, "newPassword", stored -> {
            asked.add(stored);
            return false;
        });

        assertThat(asked).containsExactlyInAnyOrder(hash("current"), hash("older"), hash("oldest"));
    }

    @Test
    void acceptsAPasswordUsedBeforeTheRememberedOnes() {
        var changed = accountWithPasswords(hash("first"));
        changed.changePassword(hash("second"));
        changed.changePassword(hash("third"));
        changed.changePassword(hash("fourth"));

        assertThatCode(() -> PasswordReusePolicy.check(changed, "newPassword",
                stored -> stored.equals(hash("first"))))
                .doesNotThrowAnyException();
    }
}
