package com.weighttracker.tracking.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.weighttracker.shared.MassUnit;

public record SetGoalCommand(BigDecimal targetWeight, MassUnit unit, BigDecimal targetPounds, LocalDate targetDate) {
}
