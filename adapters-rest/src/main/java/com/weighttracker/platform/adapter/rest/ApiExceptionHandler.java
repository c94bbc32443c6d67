package com.weighttracker.platform.adapter.rest;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.weighttracker.platform.ServiceBusyException;
import com.weighttracker.shared.Rejection;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where refusals become HTTP: every domain rejection and every client mistake the
 * framework detects gets its status and the error envelope. Anything else is a 500 with a generic
 * message; its details go to the log only. The envelope is always JSON, whatever the endpoint
 * serves otherwise (an image) and whatever the client accepts: a 404 stays a 404, not a 406.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** The one table from what happened in the domain to the HTTP status (ADR 17). */
    static final Map<Rejection.Kind, HttpStatus> STATUS_OF = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            Rejection.Kind.UNKNOWN, HttpStatus.NOT_FOUND,
            Rejection.Kind.NOT_PERMITTED, HttpStatus.FORBIDDEN,
            Rejection.Kind.IN_CONFLICT, HttpStatus.CONFLICT,
            Rejection.Kind.INVALID, HttpStatus.BAD_REQUEST,
            Rejection.Kind.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
            Rejection.Kind.NOT_SIGNED_IN, HttpStatus.UNAUTHORIZED)));

    @ExceptionHandler(Rejection.class)
    ResponseEntity<ErrorResponse> rejected(Rejection rejection) {
        var details = rejection.fields().stream()
                .map(field -> new ErrorResponse.Detail(field.field(), field.message())).toList();
        return respond(STATUS_OF.get(rejection.kind()),
                ErrorResponse.of(rejection.code(), rejection.getMessage(), details));
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ErrorResponse> rateLimited(RateLimitExceededException exceeded) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exceeded.retryAfterSeconds()))
                .header(RateLimitHeaders.LIMIT, Long.toString(exceeded.limit()))
                .header(RateLimitHeaders.REMAINING, "0")
                .header(RateLimitHeaders.RESET,
                        Long.toString(System.currentTimeMillis() / 1000 + exceeded.retryAfterSeconds()))
                .body(ErrorResponse.rateLimited(exceeded.retryAfterSeconds()));
    }

    /**
     * Busy or unreachable: the password-check queue, a statement timeout, a lock wait, or a
     * database that does not answer (no connection within the pool's timeout, or silence on one
     * past the driver's socket timeout, however Spring or jOOQ wrap it: see {@link #databaseUnreachable}).
     */
    @ExceptionHandler({ ServiceBusyException.class, TransientDataAccessException.class,
            DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
    ResponseEntity<ErrorResponse> unavailable(Exception busy) {
        log.warn("Request refused, a resource is busy or unreachable: {}", busy.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(ErrorResponse.of("SERVICE_UNAVAILABLE",
                        "The service is busy right now. Please try again in a few seconds."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorResponse> unreadable(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return respond(HttpStatus.BAD_REQUEST, describe(unreadable));
    }

    private static ErrorResponse describe(HttpMessageNotReadableException unreadable) {
        // the innermost Jackson failure knows the field; what it wraps (a DateTimeParseException for
        // "recordedAt": "yesterday") does not
        Throwable cause = unreadable.getMostSpecificCause();
        for (Throwable link = unreadable; link != null; link = link.getCause()) {
            if (link instanceof JacksonException) {
                cause = link;
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return invalid(path(unknown), "unknown field");
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            var allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return invalid(path(format), "must be one of: " + allowed);
        }
        if (cause instanceof PlainTextDeserializer.ControlCharacterException control && !control.getPath().isEmpty()) {
            return invalid(path(control), PlainTextDeserializer.MESSAGE);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalid(path(mismatch), "must be " + Expectations.of(mismatch.getTargetType()));
        }
        if (cause instanceof StreamReadException || cause instanceof JacksonException) {
            return ErrorResponse.of("VALIDATION_ERROR", "The request body is not valid JSON.");
        }
        return ErrorResponse.of("VALIDATION_ERROR", "The request body is missing or unreadable.");
    }

    private static ErrorResponse invalid(String field, String message) {
        return ErrorResponse.invalidField(field, message);
    }

    private static String path(JacksonException failure) {
        return failure.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorResponse> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return respond(HttpStatus.BAD_REQUEST,
                invalid(mismatch.getName(), "must be " + Expectations.of(mismatch.getRequiredType())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorResponse> missing(MissingServletRequestParameterException missing) {
        return respond(HttpStatus.BAD_REQUEST, invalid(missing.getParameterName(), "is required"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorResponse> unsupportedMediaType(HttpMediaTypeNotSupportedException unsupported) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorResponse.of("UNSUPPORTED_MEDIA_TYPE",
                "Content type not supported; send " + unsupported.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ErrorResponse> notAcceptable() {
        return respond(HttpStatus.NOT_ACCEPTABLE,
                ErrorResponse.of("NOT_ACCEPTABLE", "This resource is not available in the media types the Accept "
                        + "header asks for."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorResponse> methodNotAllowed(HttpRequestMethodNotSupportedException notAllowed) {
        var response = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).contentType(MediaType.APPLICATION_JSON);
        if (notAllowed.getSupportedHttpMethods() != null) {
            response.allow(notAllowed.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new));
        }
        return response.body(ErrorResponse.of("METHOD_NOT_ALLOWED",
                "Method " + notAllowed.getMethod() + " is not allowed here."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorResponse> noRoute() {
        return respond(HttpStatus.NOT_FOUND, ErrorResponse.of("NOT_FOUND", "No such resource."));
    }

    @ExceptionHandler({ MaxUploadSizeExceededException.class, PayloadTooLargeException.class })
    ResponseEntity<ErrorResponse> tooLarge(Exception tooLarge) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, ErrorResponse.of("PAYLOAD_TOO_LARGE",
                tooLarge instanceof PayloadTooLargeException ? tooLarge.getMessage() : "The upload is too large."));
    }

    /** A multipart body that cannot be parsed (a too large one is handled above). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ErrorResponse> unreadableMultipart() {
        return respond(HttpStatus.BAD_REQUEST,
                ErrorResponse.of("VALIDATION_ERROR", "The multipart body is unreadable."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorResponse> unexpected(Exception failure) throws Exception {
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            // nobody is left to read an answer: not our failure, and nothing to write
            log.debug("Client went away before the response was written: {}", failure.toString());
            return null;
        }
        if (databaseUnreachable(failure)) {
            return unavailable(failure);
        }
        if (failure instanceof org.springframework.web.ErrorResponse framework) {
            var status = HttpStatus.valueOf(framework.getStatusCode().value());
            if (status.is4xxClientError()) {
                return respond(status, ErrorResponse.of(status.name(), status.getReasonPhrase()));
            }
        }
        log.error("Unexpected failure", failure);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR,
                ErrorResponse.of("INTERNAL_ERROR", "Something went wrong on our side. Please try again later."));
    }

    /** A connection-level failure (SQLSTATE class 08, a refused or timed-out connection) in the causes. */
    private static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Errors are always the JSON envelope: the content type is set, so a client that asked for
     * something else (a CSV download, say) gets the error instead of a bodiless 406.
     */
    private static ResponseEntity<ErrorResponse> respond(HttpStatus status, ErrorResponse body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
