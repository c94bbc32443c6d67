package com.weighttracker.teams.domain;

import static com.weighttracker.shared.Rejections.fieldsOf;
import static com.weighttracker.teams.domain.TeamsFixtures.NOW;
import static com.weighttracker.teams.domain.TeamsFixtures.TEAM;
import static com.weighttracker.teams.domain.TeamsFixtures.member;
import static com.weighttracker.teams.domain.TeamsFixtures.team;
import static com.weighttracker.teams.domain.TeamsFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.NotPermitted;
import com.weighttracker.shared.Patch;
import com.weighttracker.teams.TeamCreated;
import com.weighttracker.teams.TeamDeleted;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;

class TeamTest {

    @Test
    void foundsAPublicTeamOfFiftyWithItsFounderAndAnnouncesIt() {
        var founder = user();
        var team = Team.found(TEAM, "  Morning Walkers ", " We walk. ", null, null, founder, NOW);

        assertThat(team.name().value()).isEqualTo("Morning Walkers");
        assertThat(team.description()).contains("We walk.");
        assertThat(team.visibility()).isEqualTo(TeamVisibility.PUBLIC);
        assertThat(team.memberLimit()).isEqualTo(50);
        assertThat(team.memberCount()).isEqualTo(1);
        assertThat(team.drainEvents()).containsExactly(
                new TeamCreated(TEAM.value(), "Morning Walkers", TeamVisibility.PUBLIC, founder));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(fieldsOf(() -> Team.found(TEAM, "ab", "x".repeat(501), TeamVisibility.PRIVATE, 201, user(), NOW)))
                .containsExactly("name", "description", "memberLimit");
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "Fifty characters exactly, as the spec allows it!!!" })
    void acceptsNamesOfThreeToFiftyCharacters(String name) {
        assertThat(name.length()).isBetween(3, 50);
        assertThat(new TeamName(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "ab", "  ab  ", "Fifty-one characters, one more than the spec allows!",
            "tab\tname" })
    void refusesOtherNames(String name) {
        assertThat(fieldsOf(() -> new TeamName(name))).containsExactly("name");
    }

    @Test
    void countsNamesInCharactersNotBytes() {
        assertThat(new TeamName("🏃".repeat(50)).value()).hasSize(100);
        assertThat(fieldsOf(() -> new TeamName("🏃".repeat(51)))).containsExactly("name");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, 201 })
    void refusesALimitOutsideOneTo200(int limit) {
        assertThat(fieldsOf(() -> Team.found(TEAM, "Walkers", null, null, limit, user(), NOW)))
                .containsExactly("memberLimit");
    }

    @Test
    void editsOnlyWhatIsSentAndClearsTheDescriptionWithNull() {
        var team = Team.found(TEAM, "Walkers", "old", null, null, user(), NOW);
        team.edit(member(TeamRole.ADMIN), Patch.unchanged(), Patch.to(null), Patch.to(TeamVisibility.PRIVATE),
                Patch.to(200), NOW.plusSeconds(60));

        assertThat(team.name().value()).isEqualTo("Walkers");
        assertThat(team.description()).isEmpty();
        assertThat(team.visibility()).isEqualTo(TeamVisibility.PRIVATE);
        assertThat(team.memberLimit()).isEqualTo(200);
        assertThat(team.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void neitherClearsNameVisibilityNorLimitNorLowersTheLimitBelowTheMembers() {
        var team = team(50, 12);
        assertThat(fieldsOf(() -> team.edit(member(TeamRole.OWNER), Patch.to(null), Patch.unchanged(), Patch.to(null),
                Patch.to(11), NOW))).containsExactly("name", "visibility", "memberLimit");
        assertThat(fieldsOf(() -> team.edit(member(TeamRole.OWNER), Patch.unchanged(), Patch.unchanged(),
                Patch.unchanged(), Patch.to(null), NOW))).containsExactly("memberLimit");
        team.edit(member(TeamRole.OWNER), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.to(12), NOW);
        assertThat(team.memberLimit()).isEqualTo(12);
        assertThat(team.isFull()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = TeamRole.class, names = { "MODERATOR", "MEMBER" })
    void onlyOwnerAndAdminsEditOrChangeTheAvatar(TeamRole role) {
        var team = team(50, 3);
        assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> team.edit(member(role),
                Patch.to("New name"), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), NOW));
        assertThatExceptionOfType(NotPermitted.class)
                .isThrownBy(() -> team.changeAvatar(member(role), "team-avatars/x", NOW));
        assertThat(team.name().value()).isEqualTo("Morning Walkers");
    }

    @ParameterizedTest
    @EnumSource(value = TeamRole.class, names = { "ADMIN", "MODERATOR", "MEMBER" })
    void onlyTheOwnerDeletes(TeamRole role) {
        var team = team(50, 3);
        assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> team.delete(member(role), Set.of()));
        assertThat(team.drainEvents()).isEmpty();
    }

    @Test
    void deletingAnnouncesTheFormerMembers() {
        var team = team(50, 2);
        var owner = member(TeamRole.OWNER);
        var other = user();
        team.delete(owner, Set.of(owner.userId(), other));
        assertThat(team.drainEvents()).containsExactly(new TeamDeleted(TEAM.value(), Set.of(owner.userId(), other)));
    }
}
