/** Wiring of challenges' use cases (plain Java) to their adapters. */
package com.weighttracker.challenges.config;
