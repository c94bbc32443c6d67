package com.weighttracker.platform.adapter.persistence;

import java.sql.SQLException;
import java.util.Optional;

import org.postgresql.util.PSQLException;

/** Reads which unique constraint a failed insert hit, so adapters can name the field at fault. */
public final class ConstraintViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    /** The name of the violated unique constraint or index, if that is what {@code failure} is. */
    public static Optional<String> uniqueConstraintOf(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null) {
                return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of("");
            }
        }
        return Optional.empty();
    }
}
