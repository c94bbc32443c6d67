package com.weighttracker.platform.adapter.mail;

import java.util.Optional;

/**
 * The e-mail address of a signed-in user, so the dev mailbox shows each user only the mail sent to
 * them. Implemented by identity, which owns the addresses.
 */
public interface MailboxAddresses {

    /** The current address of the user with this id (the access token's subject), if there is such a user. */
    Optional<String> addressOf(String userId);
}
