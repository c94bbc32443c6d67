/** What identity needs from the outside: storage, hashing, token signing, mail, CAPTCHA. */
@SecondaryPort
package com.weighttracker.identity.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
