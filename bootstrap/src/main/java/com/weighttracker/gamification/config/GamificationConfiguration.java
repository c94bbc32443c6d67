package com.weighttracker.gamification.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.gamification.application.AchievementWatcher;
import com.weighttracker.gamification.application.AwardService;
import com.weighttracker.gamification.application.ForgetPlayerService;
import com.weighttracker.gamification.application.PointsQueryService;
import com.weighttracker.gamification.application.ShowcaseService;
import com.weighttracker.gamification.application.port.out.AwardRepository;
import com.weighttracker.gamification.application.port.out.PointsLedger;
import com.weighttracker.gamification.application.port.out.SocialActs;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.tracking.ProgressQuery;

/** Gamification (FR-6): achievements from weigh-ins and events, points, showcases and boards. */
@Configuration(proxyBeanMethods = false)
class GamificationConfiguration {

    /** A consumer of tracking's weigh-in change feed (ADR 16): first weigh-in, streaks, loss milestones. */
    @Bean
    AchievementWatcher achievementWatcher(ProgressQuery progress, UserDirectory users, AwardRepository awards,
            PointsLedger ledger, Clock clock) {
        return new AchievementWatcher(progress, users, awards, ledger, clock);
    }

    @Bean
    AwardService awardService(AwardRepository awards, PointsLedger ledger, SocialActs socialActs,
            Transactions transactions) {
        return new AwardService(awards, ledger, socialActs, transactions);
    }

    @Bean
    ShowcaseService showcaseService(AwardRepository awards, PointsLedger ledger, UserDirectory users,
            TeamMembership teams) {
        return new ShowcaseService(awards, ledger, users, teams);
    }

    /** The published points query; teams' leaderboard reads it as its {@code MemberPoints}. */
    @Bean
    PointsQueryService pointsQuery(PointsLedger ledger) {
        return new PointsQueryService(ledger);
    }

    @Bean
    ForgetPlayerService forgetPlayerService(AwardRepository awards, PointsLedger ledger, SocialActs socialActs,
            Transactions transactions) {
        return new ForgetPlayerService(awards, ledger, socialActs, transactions);
    }
}
