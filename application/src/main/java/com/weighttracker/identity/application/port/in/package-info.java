/** What identity offers its driving adapters (REST, schedulers). */
@PrimaryPort
package com.weighttracker.identity.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
