/** Notifications in real time: each new notification pushed to its user's {@code /user/queue/notifications}. */
@SecondaryAdapter
package com.weighttracker.notifications.adapter.messaging;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
