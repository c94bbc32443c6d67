/**
 * Weigh-ins in files: reading other apps' exports (Libra, openScale, wger, Withings, Garmin
 * Connect, Samsung Health, Apple Health) and our own CSV into rows for the import use case, and
 * writing our CSV and JSON exports. The format of an upload is told from its content, never from
 * its name. Driven by the REST controller, which hands uploads in and streams downloads out.
 */
@PrimaryAdapter
package com.weighttracker.tracking.adapter.imports;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
