/**
 * Notifications over HTTP: /v1/notifications (the centre and the one-click unsubscribe),
 * /v1/users/me/notification-preferences and /v1/users/me/push-subscriptions.
 */
@PrimaryAdapter
package com.weighttracker.notifications.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
