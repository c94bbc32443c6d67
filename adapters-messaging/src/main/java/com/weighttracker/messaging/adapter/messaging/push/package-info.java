/** Messaging's real-time pushes, through the platform's {@code LiveUpdates} and {@code LiveConnections}. */
@SecondaryAdapter
package com.weighttracker.messaging.adapter.messaging.push;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
