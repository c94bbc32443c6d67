package com.weighttracker.tracking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.application.port.in.GoalView;
import com.weighttracker.tracking.application.port.in.ManageGoalUseCase;
import com.weighttracker.tracking.application.port.in.SetGoalCommand;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.Goal;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;

public final class GoalService implements ManageGoalUseCase {

    private final GoalRepository goals;
    private final WeightEntryRepository entries;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public GoalService(GoalRepository goals, WeightEntryRepository entries, UserDirectory users,
            Transactions transactions, Clock clock) {
        this.goals = goals;
        this.entries = entries;
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
        var today = LocalDate.ofInstant(clock.instant(), facts.map(f -> f.timeZone()).orElse(ZoneOffset.UTC));
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            var start = entries.latest(owner).map(WeightEntry::weighIn).map(WeighIn::mass).orElse(null);
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
