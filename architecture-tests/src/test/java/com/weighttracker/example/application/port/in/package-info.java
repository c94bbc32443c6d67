/** Inbound ports: the use cases of the example context. */
@PrimaryPort
package com.weighttracker.example.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
