/** What messaging needs from the outside: its tables, live pushes, and who blocked whom (social). */
@SecondaryPort
package com.weighttracker.messaging.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
