/**
 * Team leaderboards (FR-3.4) and team analytics (FR-7.2): read models over tracking's published
 * queries, cached per team and period, refreshed by events (ADR 0014).
 */
@Application
package com.weighttracker.teams.application.leaderboard;

import org.jmolecules.architecture.hexagonal.Application;
