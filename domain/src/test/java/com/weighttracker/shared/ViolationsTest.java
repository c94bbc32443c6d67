package com.weighttracker.shared;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static com.weighttracker.shared.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Rejection.FieldError;

class ViolationsTest {

    private final Violations violations = new Violations();

    @Test
    void doesNotThrowWhenNothingWasRejected() {
        violations.check("name", () -> "Anna");

        assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void returnsTheBuiltValueWhenTheFactoryAccepts() {
        assertThat(violations.check("age", () -> 42)).isEqualTo(42);
    }

    @Test
    void returnsNullForARejectedValue() {
        String value = violations.check("name", () -> Rules.required("name", " "));

        assertThat(value).isNull();
    }

    @Test
    void collectsEveryFieldErrorIntoOneExceptionInTheOrderTheyOccurred() {
        violations.check("email", () -> Rules.required("email", null));
        violations.check("ok", () -> "fine");
        violations.add("password", "password is too weak");
        violations.check("username", () -> Rules.maxLength("username", "abcdef", 3));

        var rejection = rejectionOf(violations::throwIfAny);

        assertThat(rejection.code()).isEqualTo("VALIDATION_ERROR");
        assertThat(rejection.fields()).containsExactly(
                new FieldError("email", "email is required"),
                new FieldError("password", "password is too weak"),
                new FieldError("username", "username must be at most 3 characters"));
    }

    @Test
    void recordsARejectionWithoutAFieldUnderTheGivenField() {
        violations.check("token", () -> {
            throw new InvalidInput(java.util.List.of(new FieldError(null, "broken"),
                    new FieldError("", "also broken")));
        });

        assertThat(fieldErrorsOf(violations::throwIfAny)).containsExactly(
                new FieldError("token", "broken"),
                new FieldError("token", "also broken"));
    }

    @Test
    void keepsEveryErrorOfARejectionWithSeveralErrors() {
        violations.check("profile", () -> {
            throw new InvalidInput(java.util.List.of(new FieldError("profile", "first"),
                    new FieldError("profile", "second")));
        });

        assertThat(fieldErrorsOf(violations::throwIfAny))
                .extracting(FieldError::message)
                .containsExactly("first", "second");
    }

    @Test
    void doesNotSwallowOtherExceptions() {
        assertThatIllegalStateException().isThrownBy(() -> violations.check("x", () -> {
            throw new IllegalStateException("boom");
        }));
    }

    @Test
    void laterAdditionsDoNotChangeAnAlreadyThrownRejection() {
        violations.add("a", "first");
        var rejection = rejectionOf(violations::throwIfAny);

        violations.add("b", "second");

        assertThat(rejection.fields()).extracting(FieldError::field).containsExactly("a");
    }
}
