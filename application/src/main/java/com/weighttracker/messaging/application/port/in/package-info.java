/** What messaging's adapters may ask of it: use cases, their commands and views. */
@PrimaryPort
package com.weighttracker.messaging.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
