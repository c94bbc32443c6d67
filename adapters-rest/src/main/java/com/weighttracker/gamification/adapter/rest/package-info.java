/** Gamification over HTTP: showcases, the badge catalogue with its icons, points leaderboards. */
@PrimaryAdapter
package com.weighttracker.gamification.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
