/**
 * Social in real time: figure-free notices of new posts on {@code /topic/posts/public} (anyone signed
 * in) and {@code /topic/teams/<id>/posts} (guarded by teams: its members).
 */
@SecondaryAdapter
package com.weighttracker.social.adapter.messaging;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
