package com.weighttracker.teams.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.teams.MemberPoints;
import com.weighttracker.teams.adapter.cache.LeaderboardCaches;
import com.weighttracker.teams.application.leaderboard.LeaderboardAnnouncer;
import com.weighttracker.teams.application.leaderboard.LeaderboardRefresher;
import com.weighttracker.teams.application.leaderboard.LeaderboardService;
import com.weighttracker.teams.application.leaderboard.TeamAnalyticsService;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardCache;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardNotices;
import com.weighttracker.teams.application.port.out.leaderboard.TeamRoster;
import com.weighttracker.tracking.ProgressQuery;
import com.weighttracker.tracking.WeighInActivityQuery;

/**
 * Leaderboards and team analytics (ADR 0014). Boards are cached in Redis when it is configured
 * (REDIS_URL), in this process otherwise; {@code weighttracker.teams.leaderboard.cache-ttl} bounds how
 * old a board may get, {@code cache-max-lines} the in-process cache's size in member lines.
 */
@Configuration(proxyBeanMethods = false)
class LeaderboardConfiguration {

    @Bean
    LeaderboardCache leaderboardCache(ObjectProvider<RedissonClient> redisson,
            @Value("${weighttracker.teams.leaderboard.cache-ttl:5m}") Duration timeToLive,
            @Value("${weighttracker.teams.leaderboard.cache-max-lines:200000}") long maxLines) {
        var client = redisson.getIfAvailable();
        return client == null ? LeaderboardCaches.inProcess(timeToLive, maxLines)
                : LeaderboardCaches.redis(client, timeToLive);
    }

    @Bean
    LeaderboardService leaderboardService(TeamRoster rosters, LeaderboardCache cache, ProgressQuery progress,
            UserDirectory users, ObjectProvider<MemberPoints> points, Clock clock) {
        // the context that awards points implements MemberPoints; a module test of teams alone has none
        return new LeaderboardService(rosters, cache, progress, users,
                points.getIfAvailable(() -> members -> Map.of()), clock);
    }

    @Bean
    LeaderboardRefresher leaderboardRefresher(TeamRoster rosters, LeaderboardCache cache, DomainEvents events) {
        return new LeaderboardRefresher(rosters, cache, events);
    }

    @Bean
    TeamAnalyticsService teamAnalyticsService(TeamRoster rosters, WeighInActivityQuery activity,
            ProgressQuery progress, UserDirectory users, Clock clock) {
        return new TeamAnalyticsService(rosters, activity, progress, users, clock);
    }

    @Bean
    LeaderboardAnnouncer leaderboardAnnouncer(LeaderboardNotices notices) {
        return new LeaderboardAnnouncer(notices);
    }
}
