/**
 * What every context's image uses (photos, avatars) take from and give to their driving adapters.
 *
 * <p>Named interface {@code shared :: application.port.in}. (This package-info lives in bootstrap
 * because the application jar carries no Spring.)
 */
@PrimaryPort
@NamedInterface("application.port.in")
package com.weighttracker.shared.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.springframework.modulith.NamedInterface;
