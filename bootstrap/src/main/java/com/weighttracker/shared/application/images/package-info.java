/**
 * The one path every context's uploaded images take: judged, decoded and re-encoded, stored, read
 * (ADR 10).
 *
 * <p>Named interface {@code shared :: application.images}. (This package-info lives in bootstrap
 * because the application jar carries no Spring.)
 */
@Application
@NamedInterface("application.images")
package com.weighttracker.shared.application.images;

import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.modulith.NamedInterface;
