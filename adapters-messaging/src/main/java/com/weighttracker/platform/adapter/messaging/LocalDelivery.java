package com.weighttracker.platform.adapter.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/** Hands a push, already JSON, to the broker of this instance, for the sessions open here. */
@Component
class LocalDelivery {

    private final ObjectProvider<SimpMessagingTemplate> broker;
    private final LiveSessions sessions;

    /** The broker's template is looked up on use: the broker's configuration needs beans that push. */
    LocalDelivery(ObjectProvider<SimpMessagingTemplate> broker, LiveSessions sessions) {
        this.broker = broker;
        this.sessions = sessions;
    }

    /**
     * To the users who subscribed to the queue here: a user destination resolves to one destination
     * per session, which the broker looks up among all subscriptions, so one for nobody is not free.
     */
    void toUsers(Collection<String> users, String queue, String json) {
        var body = json.getBytes(StandardCharsets.UTF_8);
        var subscribed = "/user" + queue;
        for (var user : users) {
            if (sessions.isSubscribed(user, subscribed)) {
                broker.getObject().send("/user/" + user + queue, message(body));
            }
        }
    }

    void toTopic(String topic, String json) {
        broker.getObject().send(topic, message(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static org.springframework.messaging.Message<byte[]> message(byte[] body) {
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        return MessageBuilder.createMessage(body, headers.getMessageHeaders());
    }
}
