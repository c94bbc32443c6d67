/**
 * Outbound ports every context's use cases share: transactions, event publication, change-feed
 * consumers, ids, blob storage, image decoding.
 *
 * <p>Named interface {@code shared :: application}. (This package-info lives in bootstrap because the
 * application jar carries no Spring.)
 */
@SecondaryPort
@NamedInterface("application")
package com.weighttracker.shared.application;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.springframework.modulith.NamedInterface;
