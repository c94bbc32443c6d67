/** Notifications' wiring: use cases as beans. */
package com.weighttracker.notifications.config;
