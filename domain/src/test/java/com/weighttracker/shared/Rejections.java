package com.weighttracker.shared;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: runs a call that must be refused with {@link InvalidInputException} and hands back its errors. */
public final class Rejections {

    private Rejections() {
    }

    public static InvalidInputException rejectionOf(ThrowingCallable call) {
        InvalidInputException[] caught = new InvalidInputException[1];
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(call)
                .satisfies(e -> caught[0] = e);
        return caught[0];
    }

    public static List<InvalidInputException.FieldError> fieldErrorsOf(ThrowingCallable call) {
        return rejectionOf(call).errors();
    }

    public static List<String> fieldsOf(ThrowingCallable call) {
        return fieldErrorsOf(call).stream().map(InvalidInputException.FieldError::field).toList();
    }
}
