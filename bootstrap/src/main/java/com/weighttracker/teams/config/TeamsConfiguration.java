package com.weighttracker.teams.config;

import java.time.Clock;
import java.time.Duration;

import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.BlobStorage;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.application.DepartingMembersService;
import com.weighttracker.teams.application.ForgetMemberService;
import com.weighttracker.teams.application.InviteCodeService;
import com.weighttracker.teams.application.JoinRequestService;
import com.weighttracker.teams.application.MembershipService;
import com.weighttracker.teams.application.TeamAvatarService;
import com.weighttracker.teams.application.TeamMembershipQuery;
import com.weighttracker.teams.application.TeamService;
import com.weighttracker.teams.application.port.out.InviteCodeRepository;
import com.weighttracker.teams.application.port.out.JoinRequestRepository;
import com.weighttracker.teams.adapter.cache.InProcessMemberTeamsCache;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.MemberTeamsCache;
import com.weighttracker.teams.application.port.out.TeamRepository;

/** Teams (FR-3.1 – FR-3.3): teams, membership and roles, invite codes, join requests, avatars. */
@Configuration(proxyBeanMethods = false)
class TeamsConfiguration {

    @Bean
    TeamService teamService(TeamRepository teams, MemberRepository members, BlobStorage blobs,
            Transactions transactions, IdGenerator ids, Clock clock) {
        return new TeamService(teams, members, blobs, transactions, ids, clock);
    }

    @Bean
    MembershipService membershipService(TeamRepository teams, MemberRepository members, InviteCodeRepository codes,
            UserDirectory users, Transactions transactions, Clock clock) {
        return new MembershipService(teams, members, codes, users, transactions, clock);
    }

    @Bean
    InviteCodeService inviteCodeService(InviteCodeRepository codes, TeamRepository teams, MemberRepository members,
            Transactions transactions, Clock clock) {
        return new InviteCodeService(codes, teams, members, transactions, clock);
    }

    @Bean
    JoinRequestService joinRequestService(JoinRequestRepository requests, TeamRepository teams,
            MemberRepository members, UserDirectory users, Transactions transactions,
            IdGenerator ids, Clock clock) {
        return new JoinRequestService(requests, teams, members, users, transactions, ids, clock);
    }

    @Bean
    TeamAvatarService teamAvatarService(TeamRepository teams, MemberRepository members, ImageStore images,
            Transactions transactions, IdGenerator ids, Clock clock) {
        return new TeamAvatarService(teams, members, images, transactions, ids, clock);
    }

    @Bean
    ForgetMemberService forgetMemberService(TeamRepository teams, MemberRepository members,
            JoinRequestRepository requests, BlobStorage blobs, Transactions transactions) {
        return new ForgetMemberService(teams, members, requests, blobs, transactions);
    }

    @Bean
    DepartingMembersService departingMembersService(MemberRepository members, Transactions transactions) {
        return new DepartingMembersService(members, transactions);
    }

    /** The published query other contexts ask about membership. */
    @Bean
    TeamMembershipQuery teamMembership(TeamRepository teams, MemberRepository members, MemberTeamsCache kept) {
        return new TeamMembershipQuery(teams, members, kept);
    }

    /**
     * Users' teams kept in this process when it is the only one (no REDIS_URL); with Redis several
     * instances run and none could evict the others' copies, so nothing is kept (ADR 20).
     */
    @Bean
    MemberTeamsCache memberTeamsCache(ObjectProvider<RedissonClient> redisson,
            @Value("${weighttracker.teams.member-teams-cache.ttl:10m}") Duration timeToLive,
            @Value("${weighttracker.teams.member-teams-cache.max-users:200000}") long maxUsers) {
        return redisson.getIfAvailable() == null ? new InProcessMemberTeamsCache(timeToLive, maxUsers)
                : MemberTeamsCache.none();
    }
}
