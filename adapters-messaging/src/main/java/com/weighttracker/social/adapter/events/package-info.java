/**
 * Social's reactions to identity's lifecycle events (hide, show again and forget a departing author's
 * content), and the live notice of its own new posts (a derived reaction).
 */
@PrimaryAdapter
package com.weighttracker.social.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
