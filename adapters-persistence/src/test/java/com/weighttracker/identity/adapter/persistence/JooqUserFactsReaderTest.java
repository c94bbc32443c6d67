package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.T0;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.defaultProfile;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.deletionRequested;
import static com.weighttracker.identity.adapter.persistence.IdentityFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.identity.Visibility;
import com.weighttracker.identity.domain.Height;
import com.weighttracker.identity.domain.Profile;
import com.weighttracker.identity.domain.UnitSystem;
import com.weighttracker.shared.MassUnit;

class JooqUserFactsReaderTest {

    private final JooqAccountRepository accounts = new JooqAccountRepository(TestDatabase.dsl());
    private final JooqProfileRepository profiles = new JooqProfileRepository(TestDatabase.dsl());
    private final JooqUserFactsReader facts = new JooqUserFactsReader(TestDatabase.dsl());

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean();
    }

    @Test
    void factsComeFromTheAccountAndItsProfile() {
        var account = registered("anna@example.com", "Anna_B");
        accounts.add(account);
        profiles.add(Profile.restore(account.getId(), "Anna B.", "bio", UnitSystem.IMPERIAL,
                new Height(new BigDecimal("172.5")), null, null, null, ZoneId.of("Asia/Tokyo"), Visibility.PRIVATE,
                Visibility.PUBLIC));
        var expected = new UserFacts(account.getId(), "Anna_B", "Anna B.", MassUnit.LB, ZoneId.of("Asia/Tokyo"),
                new BigDecimal("172.5"), Visibility.PUBLIC, Visibility.PRIVATE, false);

        assertThat(facts.find(account.getId())).contains(expected);
        assertThat(facts.findAll(List.of(account.getId()))).containsExactlyEntriesOf(
                Map.of(account.getId(), expected));
    }

    @Test
    void anAccountWithoutProfileOrPendingDeletionIsNotFound() {
        var withoutProfile = registered("anna@example.com", "anna");
        accounts.add(withoutProfile);
        var leaving = deletionRequested("bert", T0);
        accounts.add(leaving);
        profiles.add(defaultProfile(leaving.getId()));

        assertThat(facts.find(withoutProfile.getId())).isEmpty();
        assertThat(facts.find(leaving.getId())).isEmpty();
        assertThat(facts.findAll(List.of(withoutProfile.getId(), leaving.getId()))).isEmpty();
    }
}
