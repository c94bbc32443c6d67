package com.weighttracker.identity.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;

/**
 * Users' facts kept between requests: every feed page and comment thread asks for its authors, and
 * the same few thousand active authors come back page after page. The facts decide privacy (who may
 * see an author's weights and avatar), so whatever changes them evicts them once the change has
 * committed, before the writing request answers, and a value read while a change was committing is
 * not kept. Users not found (unknown, pending deletion) are never kept: they are asked again.
 */
public interface UserFactsCache {

    /** The facts of {@code users}: kept ones, and the others read through {@code load} (found users only) and kept. */
    Map<UserId, UserFacts> findAll(Collection<UserId> users, Function<Collection<UserId>, Map<UserId, UserFacts>> load);

    /** Forgets the user's facts; called after a change of them committed. */
    void evict(UserId user);

    /** Keeps nothing: every question is read (several instances without a shared eviction, ADR 20). */
    static UserFactsCache none() {
        return new UserFactsCache() {
            @Override
            public Map<UserId, UserFacts> findAll(Collection<UserId> users,
                    Function<Collection<UserId>, Map<UserId, UserFacts>> load) {
                return load.apply(users);
            }

            @Override
            public void evict(UserId user) {
                // nothing kept
            }
        };
    }
}
