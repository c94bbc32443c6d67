package com.weighttracker.challenges.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.UserId;

/**
 * A user taking part in a challenge, with what the weigh-in feed last told about them: the baseline
 * (the trend at the start), the trend now and the longest run of local days with a weigh-in since
 * the start. The score itself is computed from these by {@link Scoring} when asked, so the weekly
 * cap follows the calendar even without a new weigh-in.
 */
public final class Participant extends EventRecordingAggregate<Participant, ParticipantId> {

    private final ParticipantId id;
    private final Instant joinedAt;
    private Double baselineKg;
    private Double trendKg;
    private int bestStreak;
    private Instant reachedAt;

    private Participant(ParticipantId id, Instant joinedAt, Double baselineKg, Double trendKg, int bestStreak,
            Instant reachedAt) {
        this.id = Objects.requireNonNull(id);
        this.joinedAt = Objects.requireNonNull(joinedAt);
        this.baselineKg = baselineKg;
        this.trendKg = trendKg;
        this.bestStreak = bestStreak;
        this.reachedAt = reachedAt;
    }

    public static Participant join(ChallengeId challenge, UserId user, Instant now) {
        return new Participant(new ParticipantId(challenge, user), now, null, null, 0, null);
    }

    public static Participant restore(ChallengeId challenge, UserId user, Instant joinedAt, Double baselineKg,
            Double trendKg, int bestStreak, Instant reachedAt) {
        return new Participant(new ParticipantId(challenge, user), joinedAt, baselineKg, trendKg, bestStreak,
                reachedAt);
    }

    /**
     * What the feed tells now. The baseline, once known, never changes (a later import may not move
     * the start line); the streak only grows (the best run so far); the trend is the latest.
     *
     * @return whether anything changed
     */
    public boolean observe(Double baseline, Double trend, int streak) {
        var changed = false;
        if (baselineKg == null && baseline != null) {
            baselineKg = baseline;
            changed = true;
        }
        if (trend != null && !trend.equals(trendKg)) {
            trendKg = trend;
            changed = true;
        }
        if (streak > bestStreak) {
            bestStreak = streak;
            changed = true;
        }
        return changed;
    }

    /** The first time the score reached the target; later observations keep it. */
    public boolean reach(Instant now) {
        if (reachedAt != null) {
            return false;
        }
        reachedAt = now;
        return true;
    }

    @Override
    public ParticipantId getId() {
        return id;
    }

    public UserId userId() {
        return id.userId();
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Optional<Double> baselineKg() {
        return Optional.ofNullable(baselineKg);
    }

    public Optional<Double> trendKg() {
        return Optional.ofNullable(trendKg);
    }

    public int bestStreak() {
        return bestStreak;
    }

    public Optional<Instant> reachedAt() {
        return Optional.ofNullable(reachedAt);
    }
}
