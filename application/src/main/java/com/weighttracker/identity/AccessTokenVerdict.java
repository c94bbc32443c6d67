package com.weighttracker.identity;

import java.util.Objects;

/** The outcome of checking an access token: who it authenticates, or the named reason it is refused. */
public sealed interface AccessTokenVerdict {

    record Authenticated(AuthenticatedUser user) implements AccessTokenVerdict {

        public Authenticated {
            Objects.requireNonNull(user, "user");
        }
    }

    record Rejected(AccessTokenRejection reason) implements AccessTokenVerdict {

        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
