package com.weighttracker.identity;

import java.util.Collection;
import java.util.Map;

import com.weighttracker.shared.UserId;

/**
 * Identity's published query for contexts that send e-mail (notifications): where a user's mail
 * goes. Only verified addresses, and never of users pending deletion; nothing else about the account.
 */
public interface MailAddresses {

    /** The most users one call may ask about. */
    int MAX_USERS = 500;

    /** Each known user's verified e-mail address, in one query; users without one are absent. */
    Map<UserId, String> verifiedAddresses(Collection<UserId> userIds);
}
