/** What gamification offers its driving adapters (REST, event listeners, the weigh-in feed). */
@PrimaryPort
package com.weighttracker.gamification.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
