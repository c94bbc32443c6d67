/** What teams offer their driving adapters (REST, event listeners). */
@PrimaryPort
package com.weighttracker.teams.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
