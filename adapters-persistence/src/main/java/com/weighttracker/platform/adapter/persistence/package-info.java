/** Transactions and the event outbox, shared by every context's persistence adapters. */
@SecondaryAdapter
package com.weighttracker.platform.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
