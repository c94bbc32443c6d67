/** What social offers its driving adapters (REST, event listeners). */
@PrimaryPort
package com.weighttracker.social.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
