/** Wiring of teams' use cases (plain Java) to their adapters. */
package com.weighttracker.teams.config;
