/** What tracking needs from the outside: storage of entries, goals and photos. */
@SecondaryPort
package com.weighttracker.tracking.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
