package com.weighttracker.challenges.config;

import java.time.Clock;
import java.time.Duration;

import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.challenges.adapter.cache.ChallengeBoardCaches;
import com.weighttracker.challenges.application.ChallengeBoardRefresher;
import com.weighttracker.challenges.application.ChallengeCompletion;
import com.weighttracker.challenges.application.ChallengeProgressWatcher;
import com.weighttracker.challenges.application.ChallengeResultsService;
import com.weighttracker.challenges.application.ChallengeService;
import com.weighttracker.challenges.application.UpcomingChallengesService;
import com.weighttracker.challenges.application.ForgetParticipantService;
import com.weighttracker.challenges.application.ParticipationService;
import com.weighttracker.challenges.application.port.out.ChallengeBoardCache;
import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.application.port.out.ParticipantRepository;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.tracking.ProgressQuery;

/**
 * Challenges (FR-5): challenges, taking part, results, progress from the weigh-in feed, completion.
 * Leaderboards are cached like team boards (ADR 14, ADR 25): in Redis when it is configured
 * (REDIS_URL), in this process otherwise; {@code weighttracker.challenges.leaderboard.cache-ttl}
 * bounds how old a board may get, {@code cache-max-lines} the in-process cache's size in lines.
 */
@Configuration(proxyBeanMethods = false)
class ChallengesConfiguration {

    /** The published upcoming-challenges query; the weekly summary reads it. */
    @Bean
    UpcomingChallengesService upcomingChallengesQuery(ChallengeRepository challenges, TeamMembership teams) {
        return new UpcomingChallengesService(challenges, teams);
    }

    @Bean
    ChallengeService challengeService(ChallengeRepository challenges, ParticipantRepository participants,
            TeamMembership teams, Transactions transactions, DomainEvents events, IdGenerator ids, Clock clock) {
        return new ChallengeService(challenges, participants, teams, transactions, events, ids, clock);
    }

    @Bean
    ParticipationService participationService(ChallengeRepository challenges, ParticipantRepository participants,
            TeamMembership teams, ProgressQuery progress, UserDirectory users, Transactions transactions,
            DomainEvents events, Clock clock) {
        return new ParticipationService(challenges, participants, teams, progress, users, transactions, events,
                clock);
    }

    @Bean
    ChallengeBoardCache challengeBoardCache(ObjectProvider<RedissonClient> redisson,
            @Value("${weighttracker.challenges.leaderboard.cache-ttl:5m}") Duration timeToLive,
            @Value("${weighttracker.challenges.leaderboard.cache-max-lines:250000}") long maxLines) {
        var client = redisson.getIfAvailable();
        return client == null ? ChallengeBoardCaches.inProcess(timeToLive, maxLines)
                : ChallengeBoardCaches.redis(client, timeToLive);
    }

    @Bean
    ChallengeResultsService challengeResultsService(ChallengeRepository challenges,
            ParticipantRepository participants, TeamMembership teams, UserDirectory users, ChallengeBoardCache boards,
            Clock clock) {
        return new ChallengeResultsService(challenges, participants, teams, users, boards, clock);
    }

    @Bean
    ChallengeBoardRefresher challengeBoardRefresher(ParticipantRepository participants, ChallengeBoardCache boards) {
        return new ChallengeBoardRefresher(participants, boards);
    }

    /** A consumer of tracking's weigh-in change feed (ADR 16): progress and early completion. */
    @Bean
    ChallengeProgressWatcher challengeProgressWatcher(ChallengeRepository challenges,
            ParticipantRepository participants, ProgressQuery progress, UserDirectory users, DomainEvents events,
            Clock clock) {
        return new ChallengeProgressWatcher(challenges, participants, progress, users, events, clock);
    }

    /** What the end-of-challenge job runs. */
    @Bean
    ChallengeCompletion challengeCompletion(ChallengeRepository challenges, ParticipantRepository participants,
            ProgressQuery progress, UserDirectory users, Transactions transactions, Clock clock) {
        return new ChallengeCompletion(challenges, participants, progress, users, transactions, clock);
    }

    @Bean
    ForgetParticipantService forgetParticipantService(ChallengeRepository challenges,
            ParticipantRepository participants, Transactions transactions, DomainEvents events, Clock clock) {
        return new ForgetParticipantService(challenges, participants, transactions, events, clock);
    }
}
