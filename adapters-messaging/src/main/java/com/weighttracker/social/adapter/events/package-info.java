/** Social's reactions to identity's lifecycle events: hide, show again and forget a departing author's content. */
@PrimaryAdapter
package com.weighttracker.social.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
