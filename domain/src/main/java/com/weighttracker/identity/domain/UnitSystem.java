package com.weighttracker.identity.domain;

import com.weighttracker.shared.MassUnit;

/** How the user wants weights and heights shown. Storage is always metric. */
public enum UnitSystem {
    METRIC(MassUnit.KG), IMPERIAL(MassUnit.LB);

    private final MassUnit massUnit;

    UnitSystem(MassUnit massUnit) {
        this.massUnit = massUnit;
    }

    /** The unit weights are shown in. */
    public MassUnit massUnit() {
        return massUnit;
    }
}
