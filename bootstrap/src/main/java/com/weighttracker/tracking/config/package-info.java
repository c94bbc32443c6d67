/** Wiring of tracking's use cases (plain Java) to their adapters. */
package com.weighttracker.tracking.config;
