package com.weighttracker.tracking.application.port.in;

import com.weighttracker.shared.UserId;

public interface RecordWeightUseCase {

    /** Logs a weigh-in; {@code recordedAt} defaults to now. */
    WeightEntryView record(UserId owner, WeighInCommand command);
}
