package com.weighttracker.identity.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;

class InProcessUserFactsCacheTest {

    private static final UserId ANNA = new UserId(UUID.randomUUID());
    private static final UserId BOB = new UserId(UUID.randomUUID());

    private final InProcessUserFactsCache cache = new InProcessUserFactsCache(Duration.ofMinutes(5), 100);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void keptFactsAreNotReadAgainUntilEvicted() {
        cache.findAll(List.of(ANNA, BOB), this::read);
        cache.findAll(List.of(ANNA, BOB), this::read);
        assertThat(reads).hasValue(1);

        cache.evict(ANNA);
        var again = cache.findAll(List.of(ANNA, BOB), users -> {
            assertThat(users).containsExactly(ANNA);
            return read(users);
        });

        assertThat(again).containsOnlyKeys(ANNA, BOB);
        assertThat(reads).hasValue(2);
    }

    @Test
    void factsReadWhileAChangeCommittedAreNotKept() {
        // the eviction of a change that committed while these facts were read (possibly before it)
        var read = cache.findAll(List.of(ANNA), users -> {
            var facts = read(users);
            cache.evict(ANNA);
            return facts;
        });
        assertThat(read).containsOnlyKeys(ANNA);

        cache.findAll(List.of(ANNA), this::read);
        assertThat(reads).as("read again: the overlapping read was not kept").hasValue(2);
    }

    @Test
    void usersNotFoundAreAskedAgain() {
        cache.findAll(List.of(ANNA), users -> Map.of());
        cache.findAll(List.of(ANNA), this::read);
        assertThat(reads).hasValue(1);
    }

    private Map<UserId, UserFacts> read(java.util.Collection<UserId> users) {
        reads.incrementAndGet();
        var facts = new java.util.HashMap<UserId, UserFacts>();
        users.forEach(user -> facts.put(user, new UserFacts(user, "u" + user.value(), "User", MassUnit.KG,
                ZoneId.of("UTC"), BigDecimal.valueOf(170), Visibility.PRIVATE, Visibility.PUBLIC, false)));
        return facts;
    }
}
