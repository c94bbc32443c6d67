package com.weighttracker.identity.config;

import java.time.Clock;
import java.time.Duration;

import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.application.LiveConnectionsService;
import com.weighttracker.shared.application.LiveConnections;
import com.weighttracker.identity.adapter.sessions.SessionRevocationStores;
import com.weighttracker.identity.application.AccessTokenAuthenticationService;
import com.weighttracker.identity.application.AccountPurgeService;
import com.weighttracker.identity.application.EmailVerificationService;
import com.weighttracker.identity.application.PasswordService;
import com.weighttracker.identity.application.ProfileService;
import com.weighttracker.identity.application.RegistrationService;
import com.weighttracker.identity.application.SessionIssuer;
import com.weighttracker.identity.application.SessionRevoker;
import com.weighttracker.identity.application.SessionService;
import com.weighttracker.identity.application.port.out.AccessTokenDecoder;
import com.weighttracker.identity.application.port.out.AccessTokenIssuer;
import com.weighttracker.identity.application.port.out.AccountMailer;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.identity.application.port.out.CaptchaVerifier;
import com.weighttracker.identity.application.port.out.OneTimeTokenRepository;
import com.weighttracker.identity.application.port.out.PasswordHasher;
import com.weighttracker.identity.application.port.out.ProfileRepository;
import com.weighttracker.identity.application.port.out.RefreshTokenRepository;
import com.weighttracker.identity.application.port.out.SessionRevocations;
import com.weighttracker.identity.application.port.out.UserFactsCache;
import com.weighttracker.identity.application.port.out.UserFactsReader;
import com.weighttracker.identity.adapter.cache.InProcessUserFactsCache;
import com.weighttracker.identity.domain.AccessTokenPolicy;
import com.weighttracker.platform.security.JwtProperties;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /** How far ahead of this instance's clock another instance's clock may run (access tokens' {@code iat}). */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    /**
     * Users' "not before" (ADR 4): in Redis when configured, pulled by each instance every
     * {@code weighttracker.jwt.revocation-pull-interval}; in this process otherwise.
     */
    @Bean
    SessionRevocations sessionRevocations(ObjectProvider<RedissonClient> redisson, JwtProperties jwt, Clock clock) {
        var client = redisson.getIfAvailable();
        return client == null ? SessionRevocationStores.inProcess(jwt.accessTokenLifetime())
                : SessionRevocationStores.redis(client, jwt.accessTokenLifetime(), jwt.revocationPullInterval(), clock);
    }

    @Bean
    AccessTokenAuthenticationService accessTokenAuthenticationService(AccessTokenDecoder decoder,
            SessionRevocations revocations, JwtProperties jwt, Clock clock) {
        var policy = new AccessTokenPolicy(jwt.issuer(), jwt.accessTokenLifetime(), CLOCK_SKEW);
        return new AccessTokenAuthenticationService(decoder, policy, revocations, clock);
    }

    @Bean
    SessionRevoker sessionRevoker(RefreshTokenRepository refreshTokens, SessionRevocations revocations,
            DomainEvents events) {
        return new SessionRevoker(refreshTokens, revocations, events);
    }

    @Bean
    SessionIssuer sessionIssuer(AccessTokenIssuer accessTokens, RefreshTokenRepository refreshTokens,
            IdGenerator ids) {
        return new SessionIssuer(accessTokens, refreshTokens, ids);
    }

    @Bean
    RegistrationService registrationService(AccountRepository accounts, ProfileRepository profiles,
            OneTimeTokenRepository oneTimeTokens, PasswordHasher hasher, CaptchaVerifier captcha, AccountMailer mailer,
            SessionIssuer sessions, Transactions transactions, IdGenerator ids, Clock clock) {
        return new RegistrationService(accounts, profiles, oneTimeTokens, hasher, captcha, mailer, sessions,
                transactions, ids, clock);
    }

    @Bean
    SessionService sessionService(AccountRepository accounts, ProfileRepository profiles, UserFactsReader facts,
            RefreshTokenRepository refreshTokens, PasswordHasher hasher, SessionIssuer sessions, SessionRevoker revoker,
            Transactions transactions, Clock clock) {
        return new SessionService(accounts, profiles, facts, refreshTokens, hasher, sessions, revoker, transactions,
                clock);
    }

    @Bean
    EmailVerificationService emailVerificationService(AccountRepository accounts,
            OneTimeTokenRepository oneTimeTokens, AccountMailer mailer, Transactions transactions, Clock clock) {
        return new EmailVerificationService(accounts, oneTimeTokens, mailer, transactions, clock);
    }

    @Bean
    PasswordService passwordService(AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
            SessionRevoker revoker, PasswordHasher hasher, CaptchaVerifier captcha, AccountMailer mailer,
            SessionIssuer sessions, Transactions transactions, Clock clock) {
        return new PasswordService(accounts, oneTimeTokens, revoker, hasher, captcha, mailer, sessions,
                transactions, clock);
    }

    @Bean
    ProfileService profileService(AccountRepository accounts, ProfileRepository profiles, SessionRevoker revoker,
            UserFactsReader facts, UserFactsCache kept, Transactions transactions, Clock clock) {
        return new ProfileService(accounts, profiles, revoker, facts, kept, transactions, clock);
    }

    /**
     * Users' facts kept in this process when it is the only one (no REDIS_URL); with Redis several
     * instances run and none of them could evict the others' copies, so nothing is kept (ADR 20).
     * {@code weighttracker.identity.facts-cache.ttl} bounds the age of a kept value, whatever happens.
     */
    @Bean
    UserFactsCache userFactsCache(ObjectProvider<RedissonClient> redisson,
            @Value("${weighttracker.identity.facts-cache.ttl:10m}") Duration timeToLive,
            @Value("${weighttracker.identity.facts-cache.max-users:200000}") long maxUsers) {
        return redisson.getIfAvailable() == null ? new InProcessUserFactsCache(timeToLive, maxUsers)
                : UserFactsCache.none();
    }

    @Bean
    AccountPurgeService accountPurgeService(AccountRepository accounts, Transactions transactions,
            DomainEvents events, Clock clock) {
        return new AccountPurgeService(accounts, transactions, events, clock);
    }

    @Bean
    LiveConnectionsService liveConnectionsService(LiveConnections connections) {
        return new LiveConnectionsService(connections);
    }
}
