package com.weighttracker.challenges.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.weighttracker.challenges.application.port.in.CompleteChallengesUseCase;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.ChallengeId;
import com.weighttracker.challenges.domain.Participant;
import com.weighttracker.challenges.domain.Standings;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.ProgressQuery;

/**
 * Completing challenges (FR-5.3): early, when a participant's score reaches the target (they win), or
 * once the last day is over in every time zone (the leaders win; nobody wins by standing still).
 * {@code ChallengeCompleted} goes out when the completing transaction commits, once: a completed
 * challenge, locked and read again, is left alone.
 */
public final class ChallengeCompletion implements CompleteChallengesUseCase {

    /** Challenges completed per transaction round; the job's next run takes the rest. */
    static final int BATCH = 50;

    private final ChallengeRepository challenges;
    private final ParticipantRepository participants;
    private final ProgressReader reader;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public ChallengeCompletion(ChallengeRepository challenges, ParticipantRepository participants,
            ProgressQuery progress, UserDirectory users, Transactions transactions,
            Clock clock) {
        this.challenges = challenges;
        this.participants = participants;
        this.reader = new ProgressReader(progress);
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** For the watcher, which completes inside its own batch's transaction. */
    ChallengeCompletion(ChallengeRepository challenges, ParticipantRepository participants, ProgressReader reader,
            UserDirectory users, Clock clock) {
        this.challenges = challenges;
        this.participants = participants;
        this.reader = reader;
        this.users = users;
        this.transactions = null;
        this.clock = clock;
    }

    @Override
    public int completeEnded() {
        var now = clock.instant();
        // the last day is over everywhere once it is over in UTC-12
        var before = LocalDate.ofInstant(now, ZoneOffset.ofHours(-12));
        var completed = 0;
        var tried = new HashSet<ChallengeId>();
        while (true) {
            var due = challenges.endedBefore(before, BATCH).stream().filter(tried::add).toList();
            if (due.isEmpty()) {
                return completed;
            }
            for (var id : due) {
                completed += transactions.inTransaction(() -> challenges.lock(id)
                        .filter(challenge -> challenge.completedAt().isEmpty())
                        .map(challenge -> completeAtEnd(challenge) ? 1 : 0).orElse(0));
            }
        }
    }

    /** Inside a transaction, {@code challenge} locked: completes it when a participant's score reaches the target. */
    boolean completeIfReached(Challenge challenge, LocalDate today) {
        var all = participants.of(challenge.getId());
        var reaching = Standings.of(challenge, all, today).reaching(challenge);
        if (reaching.isEmpty()) {
            return false;
        }
        var now = clock.instant();
        var reached = new ArrayList<Participant>();
        all.stream().filter(p -> reaching.contains(p.userId())).forEach(p -> {
            if (p.reach(now)) {
                reached.add(p);
            }
        });
        participants.update(reached);
        return complete(challenge, reaching, all);
    }

    private boolean completeAtEnd(Challenge challenge) {
        var end = challenge.endDate();
        var all = participants.of(challenge.getId());
        // a last look at everybody: some may not have weighed in since the feed last saw them
        var facts = users.findAll(all.stream().map(Participant::userId).toList());
        var seen = reader.observe(challenge, all, facts, end);
        var updated = new ArrayList<Participant>();
        for (var participant : all) {
            var observation = seen.get(participant.userId());
            if (observation != null && participant.observe(observation.baselineKg(), observation.trendKg(),
                    observation.streakDays())) {
                updated.add(participant);
            }
        }
        var standings = Standings.of(challenge, all, end);
        var reaching = standings.reaching(challenge);
        var now = clock.instant();
        all.stream().filter(p -> reaching.contains(p.userId())).filter(p -> p.reach(now))
                .filter(p -> !updated.contains(p)).forEach(updated::add);
        participants.update(updated);
        return complete(challenge, standings.leaders(), all);
    }

    private boolean complete(Challenge challenge, List<UserId> winners, List<Participant> all) {
        var completed = challenge.complete(winners, all.stream().map(Participant::userId).toList(), clock.instant());
        if (completed) {
            challenges.update(challenge);
        }
        return completed;
    }
}
