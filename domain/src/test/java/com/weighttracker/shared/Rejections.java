package com.weighttracker.shared;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: runs a call that must be refused with {@link InvalidInput} and hands back its errors. */
public final class Rejections {

    private Rejections() {
    }

    public static InvalidInput rejectionOf(ThrowingCallable call) {
        InvalidInput[] caught = new InvalidInput[1];
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(call)
                .satisfies(e -> caught[0] = e);
        return caught[0];
    }

    public static List<Rejection.FieldError> fieldErrorsOf(ThrowingCallable call) {
        return rejectionOf(call).fields();
    }

    public static List<String> fieldsOf(ThrowingCallable call) {
        return fieldErrorsOf(call).stream().map(Rejection.FieldError::field).toList();
    }
}
