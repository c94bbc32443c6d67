package com.weighttracker.social.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record ReportId(UUID value) implements Identifier {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }
}
