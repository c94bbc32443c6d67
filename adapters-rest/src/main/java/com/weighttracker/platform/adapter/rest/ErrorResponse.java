package com.weighttracker.platform.adapter.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The error envelope: {@code {success:false, error:{code, message, details[], retryAfter?}, meta}}. */
public record ErrorResponse(boolean success, Error error, Meta meta) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String code, String message, List<Detail> details, Long retryAfter) {
    }

    public record Detail(String field, String message) {
    }

    public static ErrorResponse of(String code, String message) {
        return of(code, message, List.of());
    }

    public static ErrorResponse of(String code, String message, List<Detail> details) {
        return new ErrorResponse(false, new Error(code, message, details, null), Meta.now());
    }

    /** A 400 for one field: {@code problem} follows the field's name ("weight must be a number"). */
    public static ErrorResponse invalidField(String field, String problem) {
        return of("VALIDATION_ERROR", "Invalid input data", List.of(new Detail(field, field + " " + problem)));
    }

    public static ErrorResponse rateLimited(long retryAfterSeconds) {
        return new ErrorResponse(false, new Error("RATE_LIMIT_EXCEEDED", "Too many requests. Please try again later.",
                List.of(), retryAfterSeconds), Meta.now());
    }
}
