package com.weighttracker.challenges.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.application.port.in.ChallengeLeaderboardView;
import com.weighttracker.challenges.application.port.in.ChallengeProgressView;
import com.weighttracker.challenges.application.port.in.ChallengeView;
import com.weighttracker.challenges.application.port.in.ViewChallengeResultsUseCase;
import com.weighttracker.challenges.application.port.out.ChallengeBoard;
import com.weighttracker.challenges.application.port.out.ChallengeBoardCache;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.ChallengeRejections.NotAParticipant;
import com.weighttracker.challenges.domain.Scoring;
import com.weighttracker.challenges.domain.Scoring.Score;
import com.weighttracker.challenges.domain.Standings;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;

/**
 * A challenge's leaderboard and one's own progress (FR-5.3), both computed from what the weigh-in feed
 * stored about each participant ({@link Scoring}), so the weekly cap follows the calendar. Members who
 * keep their weights private appear with percent lost and rank only, as on team leaderboards. The
 * ranked board is computed once per challenge and UTC day and cached ({@link ChallengeBoardCache},
 * evicted after every change that moves it); a request checks access and pages the cached lines.
 */
public final class ChallengeResultsService implements ViewChallengeResultsUseCase {

    private final ParticipantRepository participants;
    private final ChallengeLookup lookup;
    private final UserDirectory users;
    private final ChallengeBoardCache boards;
    private final Clock clock;

    public ChallengeResultsService(ChallengeRepository challenges, ParticipantRepository participants,
            TeamMembership teams, UserDirectory users, ChallengeBoardCache boards, Clock clock) {
        this.participants = participants;
        this.lookup = new ChallengeLookup(challenges, teams);
        this.users = users;
        this.boards = boards;
        this.clock = clock;
    }

    @Override
    public ChallengeLeaderboardView leaderboard(UserId viewer, UUID challengeId, PageRequest page) {
        var challenge = lookup.read(viewer, challengeId).visible();
        var today = today();
        var lines = boards.board(challenge.getId().value(), today, () -> compute(challenge, today)).lines();
        var end = (int) Math.min(lines.size(), page.offset() + page.limit());
        var start = (int) Math.min(page.offset(), lines.size());
        var entries = new ArrayList<ChallengeLeaderboardView.Entry>(end - start);
        for (var line : lines.subList(start, end)) {
            entries.add(line.weightsPrivate() && line.userId().equals(viewer) ? ownLine(challenge, line, today)
                    : entry(line));
        }
        return new ChallengeLeaderboardView(challenge.getId().value(), challenge.type(), challenge.status(today), today,
                challenge.target(), ChallengeView.rules(challenge), new Page<>(entries, page, lines.size()));
    }

    /** Every participant ranked, with identity's facts; no mass of a participant who keeps their weights private. */
    private ChallengeBoard compute(Challenge challenge, LocalDate today) {
        var standings = Standings.of(challenge, participants.of(challenge.getId()), today).all();
        var facts = users.findAll(standings.stream().map(s -> s.participant().userId()).toList());
        var lines = new ArrayList<ChallengeBoard.Line>(standings.size());
        for (var standing : standings) {
            var id = standing.participant().userId();
            var known = facts.get(id);
            var hidden = known == null || known.weightVisibility() == Visibility.PRIVATE;
            var score = standing.score();
            lines.add(new ChallengeBoard.Line(standing.rank(), id, known == null ? null : known.username(),
                    known == null ? null : known.displayName(), hidden, score.qualified(),
                    hidden && challenge.type() == ChallengeType.TOTAL_LOST ? null : score.value(), score.percentLost(),
                    hidden ? null : score.lostKg(), hidden ? null : score.creditedKg(), score.capped(),
                    score.streakDays(), standing.participant().reachedAt().isPresent()));
        }
        return new ChallengeBoard(challenge.getId().value(), today, clock.instant(), List.copyOf(lines));
    }

    private static ChallengeLeaderboardView.Entry entry(ChallengeBoard.Line line) {
        return new ChallengeLeaderboardView.Entry(line.rank(), line.userId().value(), line.username(),
                line.displayName(), line.weightsPrivate(), line.qualified(), line.score(), line.percentLost(),
                line.lostKg(), line.creditedKg(), line.capped(), line.streakDays(), line.reachedTarget());
    }

    /**
     * A private participant sees their own masses: scored from their own row (the board holds none),
     * ranked as cached.
     */
    private ChallengeLeaderboardView.Entry ownLine(Challenge challenge, ChallengeBoard.Line line, LocalDate today) {
        var me = participants.find(challenge.getId(), line.userId());
        if (me.isEmpty()) {
            return entry(line);
        }
        var score = Scoring.score(challenge, me.get(), today);
        return new ChallengeLeaderboardView.Entry(line.rank(), line.userId().value(), line.username(),
                line.displayName(), true, score.qualified(), score.value(), score.percentLost(), score.lostKg(),
                score.creditedKg(), score.capped(), score.streakDays(), me.get().reachedAt().isPresent());
    }

    @Override
    public ChallengeProgressView progress(UserId viewer, UUID challengeId) {
        var challenge = lookup.read(viewer, challengeId).visible();
        var me = participants.find(challenge.getId(), viewer).orElseThrow(NotAParticipant::new);
        var today = today();
        var standings = Standings.of(challenge, participants.of(challenge.getId()), today).all();
        var rank = standings.stream().filter(s -> s.participant().userId().equals(viewer)).findFirst()
                .map(Standings.Standing::rank).orElse(null);
        var score = Scoring.score(challenge, me, today);
        return new ChallengeProgressView(challenge.getId().value(), challenge.type(), score.qualified(), rank,
                score.value(), challenge.target(), me.reachedAt().isPresent(), me.reachedAt().orElse(null),
                me.baselineKg().orElse(null), me.trendKg().orElse(null), score.lostKg(), score.creditedKg(),
                score.capKg(), score.capped(), score.percentLost(), score.creditedPercent(), score.expectedPercent(),
                score.streakDays(), score.daysElapsed(), explain(challenge, score));
    }

    static String explain(Challenge challenge, Score score) {
        if (challenge.type() == ChallengeType.CONSISTENCY) {
            return "Your longest run of consecutive days with a weigh-in since the start is " + score.streakDays()
                    + " of " + score.daysElapsed() + " days.";
        }
        if (!score.qualified()) {
            return "No baseline yet: your progress is measured from your trend weight at the start, which needs a "
                    + "weigh-in within the 7 days before the start or in the first 2 days.";
        }
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Your trend weight fell %.2f kg since the start (%s %%). ",
                score.lostKg(), score.percentLost()));
        if (score.capped()) {
            text.append(String.format(Locale.ROOT, "Only %.2f kg counts: loss beyond 1 %% of your starting "
                    + "weight per week earns no extra credit (a safety rail). ", score.capKg()));
        } else {
            text.append(String.format(Locale.ROOT, "Up to %.2f kg counts so far (1 %% of your starting "
                    + "weight per week). ", score.capKg()));
        }
        if (challenge.handicap()) {
            text.append(String.format(Locale.ROOT, "Handicap mode: %s %% was expected from your starting "
                    + "weight, so your score is %s %% of the expected loss.", score.expectedPercent(), score.value()));
        }
        return text.toString().strip();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
