/** Notifications' e-mail: templates rendered with Thymeleaf, sent through the platform's mailer with RFC 8058 headers. */
@SecondaryAdapter
package com.weighttracker.notifications.adapter.mail;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
