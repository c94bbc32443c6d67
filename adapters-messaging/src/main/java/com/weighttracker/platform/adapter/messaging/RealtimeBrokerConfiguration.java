package com.weighttracker.platform.adapter.messaging;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.DelegatingWebSocketMessageBrokerConfiguration;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

/**
 * Spring's STOMP broker configuration (what {@code @EnableWebSocketMessageBroker} imports, fed by
 * {@link WebSocketConfiguration}) with one change: every session is decorated by
 * {@link ErrorFlushingSessionDecorator}, so the ERROR frame of a refused frame reaches the client
 * before the session closes.
 */
@Configuration(proxyBeanMethods = false)
class RealtimeBrokerConfiguration extends DelegatingWebSocketMessageBrokerConfiguration {

    @Bean
    @Override
    public WebSocketHandler subProtocolWebSocketHandler(
            @Qualifier("clientInboundChannel") AbstractSubscribableChannel clientInboundChannel,
            @Qualifier("clientOutboundChannel") AbstractSubscribableChannel clientOutboundChannel) {
        var handler = new ErrorFlushingSubProtocolHandler(clientInboundChannel, clientOutboundChannel);
        handler.setPhase(getPhase());
        return handler;
    }

    private static final class ErrorFlushingSubProtocolHandler extends SubProtocolWebSocketHandler {

        ErrorFlushingSubProtocolHandler(AbstractSubscribableChannel inbound, AbstractSubscribableChannel outbound) {
            super(inbound, outbound);
        }

        @Override
        protected WebSocketSession decorateSession(WebSocketSession session) {
            return new ErrorFlushingSessionDecorator(session, getSendTimeLimit(), getSendBufferSizeLimit());
        }
    }
}
