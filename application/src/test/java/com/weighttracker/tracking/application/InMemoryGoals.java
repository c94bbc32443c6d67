package com.weighttracker.tracking.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.domain.Goal;

/**
 * Goals in memory, publishing as the real repositories do (ADR 16): every goal taken from or given to
 * the repository is remembered, and {@link #commit} publishes what they recorded, as the end of the
 * transaction would. Stored goals are copies, so a goal changed but not saved stays unchanged here.
 */
final class InMemoryGoals implements GoalRepository {

    private final Map<UserId, Goal> stored = new LinkedHashMap<>();
    private final Set<Goal> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Consumer<DomainEvent> published;
    /** How many times {@link #unreachedOf} ran, and with how many users in all. */
    int queries;
    int usersAsked;

    InMemoryGoals(Consumer<DomainEvent> published) {
        this.published = published;
    }

    /** A goal that is there already: stored without remembering it (its events were published long ago). */
    void given(Goal goal) {
        goal.drainEvents();
        stored.put(goal.getId(), copy(goal));
    }

    Optional<Goal> stored(UserId userId) {
        return Optional.ofNullable(stored.get(userId)).map(InMemoryGoals::copy);
    }

    /** The end of the transaction: publishes the events of every goal that passed through. */
    void commit() {
        seen.forEach(goal -> goal.drainEvents().forEach(published));
        seen.clear();
    }

    @Override
    public Optional<Goal> findByUser(UserId userId) {
        return stored(userId).map(this::remembered);
    }

    @Override
    public List<Goal> unreachedOf(Collection<UserId> userIds) {
        queries++;
        usersAsked += userIds.size();
        var found = new ArrayList<Goal>();
        for (var userId : userIds) {
            stored(userId).filter(goal -> goal.reachedAt().isEmpty()).map(this::remembered).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public void save(Goal goal) {
        stored.put(goal.getId(), copy(remembered(goal)));
    }

    @Override
    public void deleteOf(UserId userId) {
        stored.remove(userId);
    }

    private Goal remembered(Goal goal) {
        seen.add(goal);
        return goal;
    }

    private static Goal copy(Goal goal) {
        return Goal.restore(goal.getId(), goal.target(), goal.unit(), goal.targetDate().orElse(null),
                goal.start().orElse(null), goal.setAt(), goal.reachedAt().orElse(null));
    }
}
