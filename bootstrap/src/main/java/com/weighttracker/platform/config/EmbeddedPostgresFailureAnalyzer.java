package com.weighttracker.platform.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import com.weighttracker.platform.config.DataDirectoryOwnership.DataDirectoryInUseException;

/**
 * A second server started on the data directory of a running one fails with what happened and
 * what to do, instead of a page of nested bean-creation exceptions (registered in
 * {@code META-INF/spring.factories}).
 */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException inUse) {
        return new FailureAnalysis(inUse.getMessage() + ".",
                "Stop the other instance, or give this one its own directory "
                        + "(--weighttracker.embedded-postgres.data-directory=...) or a database (DATABASE_URL).",
                inUse);
    }
}
