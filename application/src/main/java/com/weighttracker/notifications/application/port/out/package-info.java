/** What notifications need from the outside: storage, the mail queue, e-mail and push delivery, signed links. */
@SecondaryPort
package com.weighttracker.notifications.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
