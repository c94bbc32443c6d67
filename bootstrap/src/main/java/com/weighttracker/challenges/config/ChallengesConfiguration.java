package com.weighttracker.challenges.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.challenges.application.ChallengeCompletion;
import com.weighttracker.challenges.application.ChallengeProgressWatcher;
import com.weighttracker.challenges.application.ChallengeResultsService;
import com.weighttracker.challenges.application.ChallengeService;
import com.weighttracker.challenges.application.UpcomingChallengesService;
import com.weighttracker.challenges.application.ForgetParticipantService;
import com.weighttracker.challenges.application.ParticipationService;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.tracking.ProgressQuery;

/** Challenges (FR-5): challenges, taking part, results, progress from the weigh-in feed, completion. */
@Configuration(proxyBeanMethods = false)
class ChallengesConfiguration {

    /** The published upcoming-challenges query; the weekly summary reads it. */
    @Bean
    UpcomingChallengesService upcomingChallengesQuery(ChallengeRepository challenges, TeamMembership teams) {
        return new UpcomingChallengesService(challenges, teams);
    }

    @Bean
    ChallengeService challengeService(ChallengeRepository challenges, ParticipantRepository participants,
            TeamMembership teams, Transactions transactions, IdGenerator ids, Clock clock) {
        return new ChallengeService(challenges, participants, teams, transactions, ids, clock);
    }

    @Bean
    ParticipationService participationService(ChallengeRepository challenges, ParticipantRepository participants,
            TeamMembership teams, ProgressQuery progress, UserDirectory users, Transactions transactions,
            Clock clock) {
        return new ParticipationService(challenges, participants, teams, progress, users, transactions, clock);
    }

    @Bean
    ChallengeResultsService challengeResultsService(ChallengeRepository challenges,
            ParticipantRepository participants, TeamMembership teams, UserDirectory users, Clock clock) {
        return new ChallengeResultsService(challenges, participants, teams, users, clock);
    }

    /** A consumer of tracking's weigh-in change feed (ADR 16): progress and early completion. */
    @Bean
    ChallengeProgressWatcher challengeProgressWatcher(ChallengeRepository challenges,
            ParticipantRepository participants, ProgressQuery progress, UserDirectory users, Clock clock) {
        return new ChallengeProgressWatcher(challenges, participants, progress, users, clock);
    }

    /** What the end-of-challenge job runs. */
    @Bean
    ChallengeCompletion challengeCompletion(ChallengeRepository challenges, ParticipantRepository participants,
            ProgressQuery progress, UserDirectory users, Transactions transactions, Clock clock) {
        return new ChallengeCompletion(challenges, participants, progress, users, transactions, clock);
    }

    @Bean
    ForgetParticipantService forgetParticipantService(ChallengeRepository challenges,
            ParticipantRepository participants, Transactions transactions, Clock clock) {
        return new ForgetParticipantService(challenges, participants, transactions, clock);
    }
}
