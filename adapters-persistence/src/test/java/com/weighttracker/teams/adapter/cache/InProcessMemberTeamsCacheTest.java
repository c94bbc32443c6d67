package com.weighttracker.teams.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.domain.TeamId;

class InProcessMemberTeamsCacheTest {

    private static final UserId ANNA = new UserId(UUID.randomUUID());
    private static final TeamId TEAM = new TeamId(UUID.randomUUID());

    private final InProcessMemberTeamsCache cache = new InProcessMemberTeamsCache(Duration.ofMinutes(5), 100);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void keptTeamsAreNotReadAgainUntilEvicted() {
        assertThat(cache.teamsOf(ANNA, this::read)).containsExactly(TEAM);
        assertThat(cache.teamsOf(ANNA, this::read)).containsExactly(TEAM);
        assertThat(reads).hasValue(1);

        cache.evict(ANNA);
        cache.teamsOf(ANNA, this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void teamsReadWhileALeaveCommittedAreNotKept() {
        cache.teamsOf(ANNA, user -> {
            var teams = read(user);
            cache.evict(ANNA);
            return teams;
        });
        cache.teamsOf(ANNA, this::read);
        assertThat(reads).as("read again: the overlapping read was not kept").hasValue(2);
    }

    private Set<TeamId> read(UserId user) {
        reads.incrementAndGet();
        return Set.of(TEAM);
    }
}
