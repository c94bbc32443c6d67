/** Challenges' use cases: challenges, taking part, scoring from the weigh-in feed, completion. */
@Application
package com.weighttracker.challenges.application;

import org.jmolecules.architecture.hexagonal.Application;
