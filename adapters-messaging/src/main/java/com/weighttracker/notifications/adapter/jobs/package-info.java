/** Notifications' recurring jobs on the platform's scheduler (ADR 19): mail, reminders, summaries, clean-up. */
@PrimaryAdapter
package com.weighttracker.notifications.adapter.jobs;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
