/** Wiring of gamification's use cases (plain Java) to their adapters. */
package com.weighttracker.gamification.config;
