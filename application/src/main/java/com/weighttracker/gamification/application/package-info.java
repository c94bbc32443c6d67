/** Gamification's use cases: unlocking achievements from weigh-ins and events, points, showcases and boards. */
@Application
package com.weighttracker.gamification.application;

import org.jmolecules.architecture.hexagonal.Application;
