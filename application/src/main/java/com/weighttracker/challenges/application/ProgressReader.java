package com.weighttracker.challenges.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.Participant;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.MemberProgress;
import com.weighttracker.tracking.ProgressQuery;

/**
 * Reads what tracking knows about participants through its published {@link ProgressQuery}, in bulk:
 * the baseline (the trend on the last day with a weigh-in among the 7 days before the start and the
 * start day, else on the first of the 2 days after it) and the trend and streak now. Each user's days
 * are their own local days; {@code today} is taken a day ahead so a zone east of UTC counts its today.
 * Nothing is read before the start day (UTC): a baseline, once stored, never moves.
 */
final class ProgressReader {

    /** What tracking tells about one participant; null where it knows nothing yet. */
    record Observation(Double baselineKg, Double trendKg, int streakDays) {
    }

    private final ProgressQuery progress;

    ProgressReader(ProgressQuery progress) {
        this.progress = progress;
    }

    /**
     * @param facts identity's facts of the participants (their zones); those missing are not read
     */
    Map<UserId, Observation> observe(Challenge challenge, Collection<Participant> participants,
            Map<UserId, UserFacts> facts, LocalDate today) {
        var start = challenge.startDate();
        var result = new HashMap<UserId, Observation>();
        var latestDay = today.plusDays(1);
        if (today.isBefore(start) || participants.isEmpty()) {
            return result;
        }
        var known = participants.stream().map(Participant::userId).filter(facts::containsKey).distinct()
                .collect(Collectors.toMap(id -> id, facts::get));
        if (known.isEmpty()) {
            return result;
        }
        var withoutBaseline = participants.stream().filter(p -> p.baselineKg().isEmpty()).map(Participant::userId)
                .filter(known::containsKey).collect(Collectors.toSet());
        var baselines = baselines(known, withoutBaseline, start, latestDay);
        var to = latestDay.isAfter(challenge.endDate()) ? challenge.endDate() : latestDay;
        var now = progress.progressOfKnown(known, start.minusDays(7), to);
        for (var participant : participants) {
            var id = participant.userId();
            if (!known.containsKey(id)) {
                continue;
            }
            var current = now.get(id);
            var baseline = participant.baselineKg().orElse(baselines.get(id));
            result.put(id, new Observation(baseline, baseline == null || current == null ? null
                    : current.trend().asKilograms(), current == null ? 0 : current.streakDays()));
        }
        return result;
    }

    /** The baseline of each of {@code users} that has one by {@code latestDay}: at most three bulk reads. */
    Map<UserId, Double> baselines(Map<UserId, UserFacts> facts, Collection<UserId> users, LocalDate start,
            LocalDate latestDay) {
        var found = new HashMap<UserId, Double>();
        if (users.isEmpty()) {
            return found;
        }
        read(facts, users, start.minusDays(7), start, found);
        for (var day = start.plusDays(1); !day.isAfter(start.plusDays(Challenge.JOIN_DAYS_AFTER_START))
                && !day.isAfter(latestDay); day = day.plusDays(1)) {
            var missing = users.stream().filter(Predicate.not(found::containsKey)).toList();
            if (missing.isEmpty()) {
                break;
            }
            read(facts, missing, day, day, found);
        }
        return found;
    }

    private void read(Map<UserId, UserFacts> facts, Collection<UserId> users, LocalDate from, LocalDate to,
            Map<UserId, Double> found) {
        var subset = users.stream().filter(facts::containsKey).collect(Collectors.toMap(id -> id, facts::get));
        progress.progressOfKnown(subset, from, to).forEach((id, p) -> found.put(id, trendOf(p)));
    }

    private static double trendOf(MemberProgress progress) {
        return progress.trend().asKilograms();
    }
}
