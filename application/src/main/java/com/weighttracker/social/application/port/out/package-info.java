/** What social needs from its driven adapters: its tables. */
@SecondaryPort
package com.weighttracker.social.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
