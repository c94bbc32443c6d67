/** Outbound ports of the example context. */
@SecondaryPort
package com.weighttracker.example.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
