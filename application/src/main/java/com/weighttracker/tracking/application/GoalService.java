package com.weighttracker.tracking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.application.port.in.GoalView;
import com.weighttracker.tracking.application.port.in.ManageGoalUseCase;
import com.weighttracker.tracking.application.port.in.SetGoalCommand;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.domain.Goal;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.analysis.WeightAnalysis;

public final class GoalService implements ManageGoalUseCase {

    private final GoalRepository goals;
    private final MeasurementHistory history;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public GoalService(GoalRepository goals, MeasurementHistory history, UserDirectory users,
            Transactions transactions, Clock clock) {
        this.goals = goals;
        this.history = history;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public GoalView set(UserId owner, SetGoalCommand command) {
        var violations = new Violations();
        var unit = command.unit() == null ? MassUnit.KG : command.unit();
        // a goal weight obeys the same rules as a weigh-in's weight, reported on the goal's own fields
        var target = violations.check("targetWeight", () -> WeighIn.massOf("targetWeight", command.targetWeight(),
                unit, "targetPounds", command.targetPounds()));
        violations.throwIfAny();
        var facts = users.find(owner);
        var zone = facts.map(UserFacts::timeZone).orElse(ZoneOffset.UTC);
        var today = LocalDate.ofInstant(clock.instant(), zone);
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            // the trend, not the latest weigh-in: one light morning must not decide the goal's direction
            var trend = WeightAnalysis.currentTrend(history.of(owner, null, null), zone);
            var start = trend.isPresent() ? Mass.kilograms(trend.getAsDouble()) : null;
            var goal = Goal.set(owner, target, unit, command.targetDate(), start,
                    facts.map(f -> f.heightCm()).orElse(null), today, now);
            goals.save(goal);
            return GoalView.of(goal);
        });
    }

    @Override
    public Optional<GoalView> current(UserId owner) {
        return goals.findByUser(owner).map(GoalView::of);
    }

    @Override
    public void clear(UserId owner) {
        transactions.inTransaction(() -> goals.deleteOf(owner));
    }
}
