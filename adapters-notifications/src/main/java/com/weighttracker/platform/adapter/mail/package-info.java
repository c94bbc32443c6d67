/** Sends e-mail over SMTP, or captures it in memory for the dev mailbox when no SMTP server is configured. */
@SecondaryAdapter
package com.weighttracker.platform.adapter.mail;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
