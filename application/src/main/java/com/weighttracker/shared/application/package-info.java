/**
 * Outbound ports every context's use cases share: transactions, event publication, ids, blob
 * storage, image decoding.
 */
@SecondaryPort
package com.weighttracker.shared.application;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
