/** What every context's image uses (photos, avatars) take from and give to their driving adapters. */
@PrimaryPort
package com.weighttracker.shared.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
