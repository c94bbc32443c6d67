/**
 * Each user's "not before" for access tokens (ADR 4): in Redis when configured, so every instance
 * refuses a revoked user's tokens within seconds, and in this process otherwise.
 */
@SecondaryAdapter
package com.weighttracker.identity.adapter.sessions;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
