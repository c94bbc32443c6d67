/** Web Push (VAPID, RFC 8291 encryption) and the signed one-click unsubscribe links. */
@SecondaryAdapter
package com.weighttracker.notifications.adapter.notifications;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
