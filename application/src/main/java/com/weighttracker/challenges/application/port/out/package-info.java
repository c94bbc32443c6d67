/** What challenges need from the outside: storage of challenges and participants. */
@SecondaryPort
package com.weighttracker.challenges.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
