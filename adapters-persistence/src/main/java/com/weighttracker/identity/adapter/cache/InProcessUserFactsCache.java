package com.weighttracker.identity.adapter.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.identity.application.port.out.UserFactsCache;
import com.weighttracker.shared.UserId;

/**
 * Facts in this JVM (one instance: no REDIS_URL). Misses are read in one query for all of a page's
 * authors. A read that overlapped an eviction does not keep what it read: every eviction is counted
 * before it removes its key, and a reader that sees the count moved while it read removes what it has
 * just put; an eviction counted after that check removes the key itself. So facts read before a
 * change committed cannot outlive the eviction that change causes.
 */
public final class InProcessUserFactsCache implements UserFactsCache {

    private final Cache<UserId, UserFacts> facts;
    private final AtomicLong evictions = new AtomicLong();

    public InProcessUserFactsCache(Duration timeToLive, long maxUsers) {
        this.facts = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maxUsers).build();
    }

    @Override
    public Map<UserId, UserFacts> findAll(Collection<UserId> users,
            Function<Collection<UserId>, Map<UserId, UserFacts>> load) {
        var found = new HashMap<UserId, UserFacts>(users.size() * 2);
        var missing = new ArrayList<UserId>();
        for (var user : users) {
            var kept = facts.getIfPresent(user);
            if (kept != null) {
                found.put(user, kept);
            } else {
                missing.add(user);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        var before = evictions.get();
        var loaded = load.apply(missing);
        facts.putAll(loaded);
        if (evictions.get() != before) {
            facts.invalidateAll(loaded.keySet());
        }
        found.putAll(loaded);
        return found;
    }

    @Override
    public void evict(UserId user) {
        evictions.incrementAndGet();
        facts.invalidate(user);
    }
}
