/** Notifications' use cases: the notification centre, preferences, delivery by e-mail and Web Push, reminders, summaries. */
@Application
package com.weighttracker.notifications.application;

import org.jmolecules.architecture.hexagonal.Application;
