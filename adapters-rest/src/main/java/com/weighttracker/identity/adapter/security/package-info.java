/** Identity's security outbound adapters: bcrypt hashing and JWT signing. */
@SecondaryAdapter
package com.weighttracker.identity.adapter.security;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
