/**
 * Notifications' model: the in-app notification, a user's preferences (category × channel, quiet
 * hours, reminder times), Web Push subscriptions, and the rules for when a reminder or summary is due.
 */
package com.weighttracker.notifications.domain;
