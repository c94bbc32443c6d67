package com.weighttracker.identity;

import static com.weighttracker.identity.IdentityAssertions.assertSuccess;
import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/** Identity's published {@link UserDirectory} as other contexts call it, on the real database. */
class UserDirectoryTest extends IntegrationTest {

    private static final String ME = "/v1/users/me";

    @Autowired
    private UserDirectory users;

    @Test
    void findReturnsTheFactsTheUserChose() {
        var user = register();
        assertSuccess(api.patch(ME, body("displayName", "Anna Example", "units", "imperial", "heightCm",
                new BigDecimal("172.5"), "timeZone", "America/New_York", "weightVisibility", "public"),
                user.accessToken()), 200);

        var facts = users.find(idOf(user));

        assertThat(facts).contains(new UserFacts(idOf(user), user.username(), "Anna Example", MassUnit.LB,
                ZoneId.of("America/New_York"), new BigDecimal("172.5"), Visibility.PUBLIC, Visibility.PUBLIC, false));
    }

    @Test
    void findReturnsTheDefaultsOfANewUser() {
        var user = register();

        var facts = users.find(idOf(user));

        assertThat(facts).contains(new UserFacts(idOf(user), user.username(), null, MassUnit.KG, ZoneId.of("UTC"),
                null, Visibility.PRIVATE, Visibility.PUBLIC, false));
    }

    @Test
    void findSkipsUsersPendingDeletionAndUnknownIds() {
        var leaving = register();
        assertSuccess(api.delete(ME, leaving.accessToken()), 200);

        assertThat(users.find(idOf(leaving))).isEmpty();
        assertThat(users.find(new UserId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aUserWhoCameBackWithinTheGracePeriodIsFoundAgain() {
        var user = register();
        assertSuccess(api.delete(ME, user.accessToken()), 200);

        logIn(user);

        assertThat(users.find(idOf(user))).map(UserFacts::username).contains(user.username());
    }

    @Test
    void findAllReturnsTheFactsOfKnownActiveUsersByTheirIds() {
        var anna = register();
        var bert = register();
        assertSuccess(api.patch(ME, body("displayName", "Bert", "units", "imperial"), bert.accessToken()), 200);
        var leaving = register();
        assertSuccess(api.delete(ME, leaving.accessToken()), 200);
        var unknown = new UserId(UUID.randomUUID());

        var facts = users.findAll(List.of(idOf(anna), idOf(bert), idOf(leaving), unknown, idOf(anna)));

        assertThat(facts).containsOnlyKeys(idOf(anna), idOf(bert));
        assertThat(facts.get(idOf(anna))).isEqualTo(users.find(idOf(anna)).orElseThrow());
        assertThat(facts.get(idOf(bert))).isEqualTo(new UserFacts(idOf(bert), bert.username(), "Bert", MassUnit.LB,
                ZoneId.of("UTC"), null, Visibility.PRIVATE, Visibility.PUBLIC, false));
    }

    @Test
    void findAllOfNoIdsIsEmpty() {
        assertThat(users.findAll(List.of())).isEmpty();
    }

    private static UserId idOf(TestUser user) {
        return UserId.of(user.id());
    }
}
