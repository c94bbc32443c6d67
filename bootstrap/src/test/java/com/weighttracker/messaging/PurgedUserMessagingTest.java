package com.weighttracker.messaging;

import static com.weighttracker.messaging.MessagingTestSteps.direct;
import static com.weighttracker.messaging.MessagingTestSteps.group;
import static com.weighttracker.messaging.MessagingTestSteps.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;
import com.weighttracker.messaging.application.port.in.ForgetUserUseCase;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;

/**
 * Right to be forgotten in messaging: once identity purges a user, they take part in no conversation
 * and every message they sent is a tombstone (no text, no image), in direct conversations and groups;
 * the others' messages and order stay, and forgetting again changes nothing.
 */
class PurgedUserMessagingTest extends IntegrationTest {

    private static final String PARTICIPATIONS = "select count(*) from messaging.participants where user_id = ?";
    private static final String READABLE = """
            select count(*) from messaging.messages
            where sender_id = ? and (body is not null or image_key is not null or deleted_at is null)""";

    @Autowired
    private PurgeDeletedAccountsUseCase purge;

    @Autowired
    private ForgetUserUseCase forget;

    @Autowired
    private DSLContext dsl;

    @Test
    void aPurgedUsersParticipationsGoAndTheirMessagesBecomeTombstones() {
        var leaving = registerVerified();
        var anna = registerVerified();
        var ben = registerVerified();
        var pair = direct(api, anna, leaving);
        var walkers = group(api, anna, "Walkers", leaving, ben);
        send(api, leaving, pair, "my secret");
        send(api, anna, pair, "hi");
        send(api, leaving, walkers, "see you at 7");
        send(api, ben, walkers, "ok");

        assertThat(api.delete("/v1/users/me", leaving.accessToken()).status()).isEqualTo(200);
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        purge.purgeDue();

        var gone = UUID.fromString(leaving.id());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(count(PARTICIPATIONS, gone)).isZero();
            assertThat(count(READABLE, gone)).isZero();
        });
        forget.forget(UserId.of(leaving.id()));
        assertThat(count(PARTICIPATIONS, gone)).isZero();

        var annaAgain = logIn(anna);
        var direct = api.get("/v1/conversations/" + pair + "/messages", annaAgain.accessToken()).data();
        assertThat(direct.path("messages").valueStream().map(m -> m.path("text").asString(null)).toList())
                .containsExactly(null, "hi");
        var groupChat = api.get("/v1/conversations/" + walkers + "/messages", annaAgain.accessToken()).data();
        assertThat(MessagingTestSteps.texts(groupChat)).hasSize(2).endsWith("ok");
        assertThat(groupChat.path("messages").get(0).path("deleted").asBoolean(true)).isTrue();
        assertThat(count(PARTICIPATIONS, UUID.fromString(anna.id()))).isEqualTo(2);
    }

    private long count(String sql, UUID user) {
        return dsl.fetchValue(sql, user) instanceof Number n ? n.longValue() : 0;
    }
}
