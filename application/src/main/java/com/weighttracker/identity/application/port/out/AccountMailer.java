package com.weighttracker.identity.application.port.out;

import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.identity.domain.Username;

/** The e-mails identity sends. Called after the transaction committed; failures do not undo it. */
public interface AccountMailer {

    void sendEmailVerification(EmailAddress to, Username username, OpaqueToken token);

    void sendPasswordReset(EmailAddress to, Username username, OpaqueToken token);
}
