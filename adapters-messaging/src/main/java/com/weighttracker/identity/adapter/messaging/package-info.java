/** Identity's side of real-time connections: a user's revoked sessions close their live connections too. */
@SecondaryAdapter
package com.weighttracker.identity.adapter.messaging;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
