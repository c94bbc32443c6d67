package com.weighttracker.shared;

import java.util.List;

/** One or more fields of a request break a rule. */
public final class InvalidInputException extends DomainRejection {

    private static final long serialVersionUID = 1L;

    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("VALIDATION_ERROR", "Invalid input data");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
