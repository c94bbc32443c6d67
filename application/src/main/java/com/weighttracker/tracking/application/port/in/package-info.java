/** What tracking offers its driving adapters (REST, event listeners). */
@PrimaryPort
package com.weighttracker.tracking.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
