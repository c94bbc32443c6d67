/** Tracking's use cases: weigh-ins, goals, trend and statistics, import and export. */
@Application
package com.weighttracker.tracking.application;

import org.jmolecules.architecture.hexagonal.Application;
