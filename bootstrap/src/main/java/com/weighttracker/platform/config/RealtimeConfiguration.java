package com.weighttracker.platform.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.platform.adapter.messaging.StompTokenCheck;
import com.weighttracker.platform.security.AccessTokenAuthenticator;

/**
 * A STOMP CONNECT is checked by the very access-token check of REST requests (expired, forged,
 * revoked tokens refused the same way, with the same reasons).
 */
@Configuration(proxyBeanMethods = false)
class RealtimeConfiguration {

    @Bean
    StompTokenCheck stompTokenCheck(AccessTokenAuthenticator accessTokens) {
        return accessTokens::authenticate;
    }
}
