package com.weighttracker.identity.adapter.sessions;

import java.time.Clock;
import java.time.Duration;

import org.redisson.api.RedissonClient;

import com.weighttracker.identity.application.port.out.SessionRevocations;

/** Where users' "not before" is kept: in Redis when configured (shared by every instance), else in this JVM. */
public final class SessionRevocationStores {

    private SessionRevocationStores() {
    }

    public static SessionRevocations inProcess(Duration tokenLifetime) {
        return new InProcessSessionRevocations(tokenLifetime);
    }

    /** Close it on shutdown (it pulls other instances' revocations on a thread of its own). */
    public static SessionRevocations redis(RedissonClient redisson, Duration tokenLifetime, Duration pullInterval,
            Clock clock) {
        return new RedisSessionRevocations(redisson, tokenLifetime, pullInterval, clock);
    }

    /** The Redis key holding every instance's revocations, e.g. for inspecting it. */
    public static String redisKey() {
        return RedisSessionRevocations.KEY;
    }
}
