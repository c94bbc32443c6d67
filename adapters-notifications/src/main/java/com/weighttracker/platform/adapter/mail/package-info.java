/**
 * Sends e-mail over SMTP, or captures it in memory for the dev mailbox when no SMTP server is configured.
 *
 * <p>Named interface {@code platform :: adapter.mail}: contexts' mail adapters send through {@code Mailer}.
 */
@SecondaryAdapter
@NamedInterface("adapter.mail")
package com.weighttracker.platform.adapter.mail;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.modulith.NamedInterface;
