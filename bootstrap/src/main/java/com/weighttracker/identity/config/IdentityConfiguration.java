package com.weighttracker.identity.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.application.AccountPurgeService;
import com.weighttracker.identity.application.EmailVerificationService;
import com.weighttracker.identity.application.PasswordService;
import com.weighttracker.identity.application.ProfileService;
import com.weighttracker.identity.application.RegistrationService;
import com.weighttracker.identity.application.SessionIssuer;
import com.weighttracker.identity.application.SessionService;
import com.weighttracker.identity.application.port.out.AccessTokenIssuer;
import com.weighttracker.identity.application.port.out.AccountMailer;
import com.weighttracker.identity.application.port.out.AccountRepository;
import com.weighttracker.identity.application.port.out.CaptchaVerifier;
import com.weighttracker.identity.application.port.out.OneTimeTokenRepository;
import com.weighttracker.identity.application.port.out.PasswordHasher;
import com.weighttracker.identity.application.port.out.ProfileRepository;
import com.weighttracker.identity.application.port.out.RefreshTokenRepository;
import com.weighttracker.identity.application.port.out.UserFactsReader;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

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
    SessionService sessionService(AccountRepository accounts, ProfileRepository profiles,
            RefreshTokenRepository refreshTokens, PasswordHasher hasher, SessionIssuer sessions,
            Transactions transactions, Clock clock) {
        return new SessionService(accounts, profiles, refreshTokens, hasher, sessions, transactions, clock);
    }

    @Bean
    EmailVerificationService emailVerificationService(AccountRepository accounts,
            OneTimeTokenRepository oneTimeTokens, AccountMailer mailer, Transactions transactions, Clock clock) {
        return new EmailVerificationService(accounts, oneTimeTokens, mailer, transactions, clock);
    }

    @Bean
    PasswordService passwordService(AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
            RefreshTokenRepository refreshTokens, PasswordHasher hasher, CaptchaVerifier captcha, AccountMailer mailer,
            SessionIssuer sessions, Transactions transactions, Clock clock) {
        return new PasswordService(accounts, oneTimeTokens, refreshTokens, hasher, captcha, mailer, sessions,
                transactions, clock);
    }

    @Bean
    ProfileService profileService(AccountRepository accounts, ProfileRepository profiles,
            RefreshTokenRepository refreshTokens, UserFactsReader facts, Transactions transactions, Clock clock) {
        return new ProfileService(accounts, profiles, refreshTokens, facts, transactions, clock);
    }

    @Bean
    AccountPurgeService accountPurgeService(AccountRepository accounts, Transactions transactions,
            DomainEvents events, Clock clock) {
        return new AccountPurgeService(accounts, transactions, events, clock);
    }
}
