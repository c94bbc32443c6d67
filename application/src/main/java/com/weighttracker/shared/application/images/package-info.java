/** The one path every context's uploaded images take: judged, decoded and re-encoded, stored, read (ADR 10). */
@Application
package com.weighttracker.shared.application.images;

import org.jmolecules.architecture.hexagonal.Application;
