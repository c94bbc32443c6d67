/** What gamification needs from the outside: storage of awards and the points ledger. */
@SecondaryPort
package com.weighttracker.gamification.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
