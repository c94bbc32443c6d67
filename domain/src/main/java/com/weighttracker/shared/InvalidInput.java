package com.weighttracker.shared;

import java.util.List;

/** {@link Rejection.Kind#INVALID}: one or more fields of a request break a rule ({@link #fields()} says which). */
public class InvalidInput extends Rejection {

    private static final long serialVersionUID = 1L;

    public InvalidInput(List<FieldError> errors) {
        super(Kind.INVALID, "VALIDATION_ERROR", "Invalid input data", errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }
}
