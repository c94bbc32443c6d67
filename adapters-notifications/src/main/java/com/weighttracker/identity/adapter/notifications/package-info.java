/** Identity's account e-mails (address verification, password reset), HTML and plain text from templates. */
@SecondaryAdapter
package com.weighttracker.identity.adapter.notifications;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
