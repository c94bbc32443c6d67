/** Challenges over HTTP: /v1/challenges, joining, leaving, leaderboards and one's own progress. */
@PrimaryAdapter
package com.weighttracker.challenges.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
