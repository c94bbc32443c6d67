/** Identity's account e-mails (address verification, password reset) as plain text. */
@SecondaryAdapter
package com.weighttracker.identity.adapter.notifications;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
