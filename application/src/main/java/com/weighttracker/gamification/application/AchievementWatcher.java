package com.weighttracker.gamification.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import com.weighttracker.gamification.application.port.out.AwardRepository;
import com.weighttracker.gamification.application.port.out.PointsLedger;
import com.weighttracker.gamification.domain.AchievementRules;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.ChangeFeed;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.ChangeFeedConsumer;
import com.weighttracker.tracking.ProgressQuery;
import com.weighttracker.tracking.WeighInChanges;

/**
 * Weigh-in achievements (first weigh-in, streaks, loss milestones by the user's unit) from tracking's
 * weigh-in change feed (ADR 16), never one outbox row per weigh-in. Imports are changes of the feed
 * too, so history imported later unlocks what it earns. One identity and one progress query per batch
 * (the last two years, the trend's fall from the first weigh-in in them); then per user only what is
 * not unlocked yet is written.
 */
public final class AchievementWatcher implements ChangeFeedConsumer {

    public static final String NAME = "gamification.achievements";

    private final ProgressQuery progress;
    private final UserDirectory users;
    private final AchievementAwarder awarder;
    private final Clock clock;

    public AchievementWatcher(ProgressQuery progress, UserDirectory users, AwardRepository awards,
            PointsLedger ledger, Clock clock) {
        this.progress = progress;
        this.users = users;
        this.awarder = new AchievementAwarder(awards, ledger);
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
        var facts = users.findAll(changed);
        if (facts.isEmpty()) {
            return;
        }
        var now = clock.instant();
        // a day ahead, so a weigh-in on a local day east of UTC counts
        var to = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        var from = to.minusDays(ProgressQuery.MAX_PERIOD_DAYS - 1);
        var byUser = progress.progressOfKnown(facts, from, to);
        byUser.forEach((user, seen) -> {
            var unit = Objects.requireNonNullElse(facts.get(user).preferredUnit(), MassUnit.KG);
            awarder.unlock(user, AchievementRules.earned(true, seen.streakDays(), seen.lost().asKilograms(), unit),
                    now);
        });
    }
}
