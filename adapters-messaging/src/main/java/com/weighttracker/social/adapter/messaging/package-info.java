/**
 * Social in real time: who may subscribe to {@code /topic/posts/public} (anyone signed in); the
 * notices themselves are derived reactions in {@code adapter.events}, and {@code /topic/teams/<id>/posts}
 * is guarded by teams (its members).
 */
@SecondaryAdapter
package com.weighttracker.social.adapter.messaging;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
