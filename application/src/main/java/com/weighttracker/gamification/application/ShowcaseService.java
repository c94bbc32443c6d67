package com.weighttracker.gamification.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.gamification.application.port.in.AchievementInfo;
import com.weighttracker.gamification.application.port.in.PointsStandingView;
import com.weighttracker.gamification.application.port.in.ShowcaseView;
import com.weighttracker.gamification.application.port.in.ViewAchievementsUseCase;
import com.weighttracker.gamification.application.port.out.AwardRepository;
import com.weighttracker.gamification.application.port.out.PointsLedger;
import com.weighttracker.gamification.domain.GamificationRejections.AchievementNotFound;
import com.weighttracker.gamification.domain.GamificationRejections.TeamNotFound;
import com.weighttracker.gamification.domain.GamificationRejections.UserNotFound;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.teams.TeamVisibility;

/**
 * Showcases, the catalogue and points boards. A showcase is part of the profile: it is seen by those
 * who may see the profile (everyone signed in for a public one, the user alone for a private one);
 * anyone else gets 404. On points boards a user whose profile the viewer may not see keeps their rank
 * and points, without a name.
 */
public final class ShowcaseService implements ViewAchievementsUseCase {

    private final AwardRepository awards;
    private final PointsLedger ledger;
    private final UserDirectory users;
    private final TeamMembership teams;

    public ShowcaseService(AwardRepository awards, PointsLedger ledger, UserDirectory users, TeamMembership teams) {
        this.awards = awards;
        this.ledger = ledger;
        this.users = users;
        this.teams = teams;
    }

    @Override
    public ShowcaseView showcase(UserId viewer, UserId user) {
        var facts = users.find(user).filter(f -> f.profileVisibility().admits(user, viewer))
                .orElseThrow(UserNotFound::new);
        var unlocked = awards.of(facts.userId()).stream()
                .map(award -> new ShowcaseView.Unlocked(award.achievement().code(), award.achievement().title(),
                        award.achievement().description(), award.achievement().points(),
                        AchievementInfo.iconUrl(award.achievement()), award.unlockedAt()))
                .toList();
        var points = ledger.totalsOf(List.of(user)).getOrDefault(user, 0);
        return new ShowcaseView(user.value(), points, unlocked);
    }

    @Override
    public List<AchievementInfo> catalogue() {
        return Arrays.stream(Achievement.values()).map(AchievementInfo::of).toList();
    }

    @Override
    public Achievement achievement(String code) {
        return Arrays.stream(Achievement.values())
                .filter(a -> code != null && a.code().equals(code.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(AchievementNotFound::new);
    }

    @Override
    public Page<PointsStandingView> globalBoard(UserId viewer, PageRequest page) {
        var ranking = ledger.ranking(page);
        var facts = users.findAll(ranking.items().stream().map(PointsLedger.Ranked::userId).toList());
        return ranking.map(line -> standing(line, facts.get(line.userId()), viewer));
    }

    @Override
    public Page<PointsStandingView> teamBoard(UserId viewer, UUID teamId, PageRequest page) {
        var visibility = teams.visibilityOf(teamId).orElseThrow(TeamNotFound::new);
        if (visibility == TeamVisibility.PRIVATE && teams.roleOf(teamId, viewer).isEmpty()) {
            throw new TeamNotFound();
        }
        var members = teams.memberIds(teamId);
        var totals = ledger.totalsOf(members);
        var sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((UserId id) -> totals.getOrDefault(id, 0)).reversed()
                .thenComparing(UserId::value));
        var ranked = new ArrayList<PointsLedger.Ranked>(sorted.size());
        for (var i = 0; i < sorted.size(); i++) {
            var points = totals.getOrDefault(sorted.get(i), 0);
            var rank = i > 0 && ranked.get(i - 1).points() == points ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new PointsLedger.Ranked(rank, sorted.get(i), points));
        }
        var from = (int) Math.min(page.offset(), ranked.size());
        var to = (int) Math.min(ranked.size(), page.offset() + page.limit());
        var shown = ranked.subList(from, to);
        var facts = users.findAll(shown.stream().map(PointsLedger.Ranked::userId).toList());
        return new Page<>(shown.stream().map(line -> standing(line, facts.get(line.userId()), viewer)).toList(), page,
                ranked.size());
    }

    private static PointsStandingView standing(PointsLedger.Ranked line, UserFacts facts, UserId viewer) {
        var named = facts != null && facts.profileVisibility().admits(line.userId(), viewer);
        return new PointsStandingView(line.rank(), line.userId().value(), named ? facts.username() : null,
                named ? facts.displayName() : null, line.points());
    }
}
