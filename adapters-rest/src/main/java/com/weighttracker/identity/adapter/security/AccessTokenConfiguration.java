package com.weighttracker.identity.adapter.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.nimbusds.jose.jwk.RSAKey;
import com.weighttracker.identity.AccessTokenAuthentication;
import com.weighttracker.identity.EmailVerificationStatus;
import com.weighttracker.identity.application.port.out.AccessTokenDecoder;
import com.weighttracker.platform.security.AccessTokenAuthenticator;
import com.weighttracker.platform.security.CurrentEmailVerification;
import com.weighttracker.platform.security.JwtProperties;

/**
 * Identity's access-token adapters: the Nimbus decoder (outbound), the filter chain's check and the
 * current e-mail verification state (inbound, for the platform's REST security).
 */
@Configuration(proxyBeanMethods = false)
class AccessTokenConfiguration {

    @Bean
    AccessTokenDecoder accessTokenDecoder(RSAKey accessTokenKey, JwtProperties properties) {
        return new NimbusAccessTokenDecoder(accessTokenKey, properties.verifiedTokenCacheSize(),
                properties.accessTokenLifetime());
    }

    @Bean
    CurrentEmailVerification currentEmailVerification(EmailVerificationStatus status) {
        return status::isVerified;
    }

    @Bean
    AccessTokenAuthenticator accessTokenAuthenticator(AccessTokenAuthentication authentication) {
        return new IdentityAccessTokenAuthenticator(authentication);
    }
}
