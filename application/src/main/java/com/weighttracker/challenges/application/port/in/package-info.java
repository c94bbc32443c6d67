/** What challenges offer their driving adapters (REST, the weigh-in feed, the end-of-challenge job). */
@PrimaryPort
package com.weighttracker.challenges.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
