package com.weighttracker.tracking.application;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.ChangeFeed;
import com.weighttracker.shared.application.ChangeFeedConsumer;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.tracking.WeighInChanges;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.domain.Goal;
import com.weighttracker.tracking.domain.analysis.WeightAnalysis;

/**
 * Decides "is the goal reached?" off the weigh-in write path (ADR 9, ADR 16): it follows tracking's
 * own weigh-in change feed and, for each changed user whose goal is not yet reached, applies the one
 * rule to the trend now ({@link WeightAnalysis#observe}). A goal that changed (took its start or was
 * reached) is saved, and {@code GoalReached} goes out when the batch commits. A batch costs one goals
 * query and one identity query; only users with an unreached goal cost a read of their history.
 * Idempotent: a change that comes again finds its goal reached already, or the same trend.
 */
public final class GoalWatcher implements ChangeFeedConsumer {

    public static final String NAME = "tracking.goal-watcher";

    private final GoalRepository goals;
    private final MeasurementHistory history;
    private final UserDirectory users;
    private final Clock clock;

    public GoalWatcher(GoalRepository goals, MeasurementHistory history, UserDirectory users, Clock clock) {
        this.goals = goals;
        this.history = history;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<? extends ChangeFeed> feed() {
        return WeighInChanges.class;
    }

    @Override
    public void consume(List<FeedChange> changes) {
        var changed = new LinkedHashSet<UserId>();
        changes.forEach(change -> changed.add(new UserId(change.subject())));
        var unreached = goals.unreachedOf(changed);
        if (unreached.isEmpty()) {
            return;
        }
        var facts = users.findAll(unreached.stream().map(Goal::getId).toList());
        var now = clock.instant();
        for (var goal : unreached) {
            var owner = goal.getId();
            ZoneId zone = Optional.ofNullable(facts.get(owner)).map(UserFacts::timeZone).orElse(ZoneOffset.UTC);
            if (WeightAnalysis.observe(goal, history.of(owner, null, null), zone, now)) {
                goals.save(goal);
            }
        }
    }
}
