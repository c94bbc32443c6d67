package com.weighttracker.challenges.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.application.port.in.ChallengeLeaderboardView;
import com.weighttracker.challenges.application.port.in.ChallengeProgressView;
import com.weighttracker.challenges.application.port.in.ChallengeView;
import com.weighttracker.challenges.application.port.in.ViewChallengeResultsUseCase;
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
 * keep their weights private appear with percent lost and rank only, as on team leaderboards.
 */
public final class ChallengeResultsService implements ViewChallengeResultsUseCase {

    private final ParticipantRepository participants;
    private final ChallengeLookup lookup;
    private final UserDirectory users;
    private final Clock clock;

    public ChallengeResultsService(ChallengeRepository challenges, ParticipantRepository participants,
            TeamMembership teams, UserDirectory users, Clock clock) {
        this.participants = participants;
        this.lookup = new ChallengeLookup(challenges, teams);
        this.users = users;
        this.clock = clock;
    }

    @Override
    public ChallengeLeaderboardView leaderboard(UserId viewer, UUID challengeId, PageRequest page) {
        var challenge = lookup.read(viewer, challengeId).visible();
        var today = today();
        var all = participants.of(challenge.getId());
        var standings = Standings.of(challenge, all, today).all();
        var end = (int) Math.min(standings.size(), page.offset() + page.limit());
        var start = (int) Math.min(page.offset(), standings.size());
        var shown = standings.subList(start, end);
        var facts = users.findAll(shown.stream().map(s -> s.participant().userId()).toList());
        var entries = new ArrayList<ChallengeLeaderboardView.Entry>(shown.size());
        for (var standing : shown) {
            var id = standing.participant().userId();
            var known = facts.get(id);
            var hidden = known == null || known.weightVisibility() == Visibility.PRIVATE && !id.equals(viewer);
            var score = standing.score();
            var scoreShown = hidden && challenge.type() == ChallengeType.TOTAL_LOST ? null : score.value();
            entries.add(new ChallengeLeaderboardView.Entry(standing.rank(), id.value(),
                    known == null ? null : known.username(), known == null ? null : known.displayName(),
                    known == null || known.weightVisibility() == Visibility.PRIVATE, score.qualified(), scoreShown,
                    score.percentLost(), hidden ? null : score.lostKg(), hidden ? null : score.creditedKg(),
                    score.capped(), score.streakDays(), standing.participant().reachedAt().isPresent()));
        }
        return new ChallengeLeaderboardView(challenge.getId().value(), challenge.type(), challenge.status(today), today,
                challenge.target(), ChallengeView.rules(challenge), new Page<>(entries, page, standings.size()));
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
