package com.weighttracker.challenges.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.weighttracker.challenges.ChallengeStandingsChanged;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.challenges.domain.Participant;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.ChangeFeed;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.ChangeFeedConsumer;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.tracking.ProgressQuery;
import com.weighttracker.tracking.WeighInChanges;

/**
 * Challenge progress from weigh-ins (ADR 16, ADR 25): follows tracking's weigh-in change feed, never
 * one outbox row per weigh-in. For each batch of changed users it reads their running participations,
 * their baselines, trends and streaks in bulk ({@link ProgressQuery}), stores what changed and
 * completes a challenge as soon as a participant's score reaches its target (they are its winners).
 * Idempotent: a batch that comes again observes the same trend, and a completed challenge stays so.
 */
public final class ChallengeProgressWatcher implements ChangeFeedConsumer {

    public static final String NAME = "challenges.progress";

    private final ChallengeRepository challenges;
    private final ParticipantRepository participants;
    private final ProgressReader reader;
    private final ChallengeCompletion completion;
    private final UserDirectory users;
    private final DomainEvents events;
    private final Clock clock;

    public ChallengeProgressWatcher(ChallengeRepository challenges, ParticipantRepository participants,
            ProgressQuery progress, UserDirectory users, DomainEvents events, Clock clock) {
        this.challenges = challenges;
        this.participants = participants;
        this.reader = new ProgressReader(progress);
        this.completion = new ChallengeCompletion(challenges, participants, reader, users, clock);
        this.users = users;
        this.events = events;
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
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var running = participants.runningOf(changed, today);
        if (running.isEmpty()) {
            return;
        }
        var facts = users.findAll(running.stream().map(Participant::userId).distinct().toList());
        // challenges in id order, each locked before its participants change: the same order as the job's
        var byChallenge = running.stream().collect(Collectors.groupingBy(p -> p.getId().challengeId(),
                () -> new TreeMap<>(Comparator.comparing(id -> id.value())), Collectors.toList()));
        byChallenge.forEach((challengeId, theirs) -> {
            var challenge = challenges.lock(challengeId).orElse(null);
            if (challenge == null || challenge.completedAt().isPresent()) {
                return;
            }
            var seen = reader.observe(challenge, theirs, facts, today);
            var updated = new ArrayList<Participant>();
            for (var participant : theirs) {
                var observation = seen.get(participant.userId());
                if (observation != null && participant.observe(observation.baselineKg(), observation.trendKg(),
                        observation.streakDays())) {
                    updated.add(participant);
                }
            }
            if (!updated.isEmpty()) {
                participants.update(updated);
                completion.completeIfReached(challenge, today);
                // its cached board is evicted once the batch commits
                events.publish(new ChallengeStandingsChanged(challengeId.value()));
            }
        });
    }
}
