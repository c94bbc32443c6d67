package com.weighttracker.teams.adapter.cache;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.out.MemberTeamsCache;
import com.weighttracker.teams.domain.TeamId;

/**
 * Users' teams in this JVM (one instance: no REDIS_URL). A read that overlapped an eviction does not
 * keep what it read: every eviction is counted before it removes its key, and a reader that sees the
 * count moved while it read removes what it has just put; an eviction counted after that check removes
 * the key itself. So teams read before a leave committed cannot outlive the eviction the leave causes.
 */
public final class InProcessMemberTeamsCache implements MemberTeamsCache {

    private final Cache<UserId, Set<TeamId>> teams;
    private final AtomicLong evictions = new AtomicLong();

    public InProcessMemberTeamsCache(Duration timeToLive, long maxUsers) {
        this.teams = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maxUsers).build();
    }

    @Override
    public Set<TeamId> teamsOf(UserId user, Function<UserId, Set<TeamId>> load) {
        var kept = teams.getIfPresent(user);
        if (kept != null) {
            return kept;
        }
        var before = evictions.get();
        var loaded = Set.copyOf(load.apply(user));
        teams.put(user, loaded);
        if (evictions.get() != before) {
            teams.invalidate(user);
        }
        return loaded;
    }

    @Override
    public void evict(UserId user) {
        evictions.incrementAndGet();
        teams.invalidate(user);
    }
}
