/** What notifications offer their driving adapters: REST, other contexts' event listeners, jobs. */
@PrimaryPort
package com.weighttracker.notifications.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
