package com.weighttracker.platform.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import com.weighttracker.shared.Rejection;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.JoinRequest;
import com.weighttracker.teams.domain.TeamRejections;

/**
 * The one place rejections become HTTP: every kind has a status, and every rule teams names comes
 * out with the status and code clients have always seen (the codes are a contract).
 */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void everyKindOfRejectionHasOneStatus() {
        assertThat(ApiExceptionHandler.STATUS_OF.keySet()).containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(Rejection.Kind.class));
        assertThat(ApiExceptionHandler.STATUS_OF.values()).allMatch(HttpStatus::is4xxClientError);
    }

    static Stream<Arguments> everyTeamsRejection() {
        return Stream.of(
                Arguments.of(new TeamRejections.TeamNotFound(), 404, "NOT_FOUND", null),
                Arguments.of(new TeamRejections.MemberNotFound(), 404, "NOT_FOUND", null),
                Arguments.of(new TeamRejections.TeamHasNoAvatar(), 404, "NOT_FOUND", null),
                Arguments.of(TeamRejections.InviteCodeNotUsable.notValid(), 404, "NOT_FOUND", null),
                Arguments.of(TeamRejections.InviteCodeNotUsable.revoked(), 404, "NOT_FOUND", null),
                Arguments.of(TeamRejections.InviteCodeNotUsable.expired(), 404, "NOT_FOUND", null),
                Arguments.of(TeamRejections.InviteCodeNotUsable.usedUp(), 404, "NOT_FOUND", null),
                Arguments.of(new TeamRejections.InviteCodeNotFound(), 404, "NOT_FOUND", null),
                Arguments.of(TeamRejections.JoinRequestNotFound.ofRequester(), 404, "NOT_FOUND", null),
                Arguments.of(TeamRejections.JoinRequestNotFound.ofTeam(), 404, "NOT_FOUND", null),
                Arguments.of(new TeamRejections.NotTeamMember(), 403, "FORBIDDEN", null),
                Arguments.of(new TeamRejections.RoleDoesNotAllow(TeamRole.MEMBER), 403, "FORBIDDEN", null),
                Arguments.of(new TeamRejections.DoesNotOutrank(), 403, "FORBIDDEN", null),
                Arguments.of(new TeamRejections.RoleAboveOwn(), 403, "FORBIDDEN", null),
                Arguments.of(new TeamRejections.TeamFull(), 409, "TEAM_FULL", null),
                Arguments.of(new TeamRejections.AlreadyMember(), 409, "ALREADY_MEMBER", null),
                Arguments.of(new TeamRejections.OwnerCannotLeave(), 409, "OWNER_CANNOT_LEAVE", null),
                Arguments.of(new TeamRejections.LastOwner(), 409, "LAST_OWNER", "role"),
                Arguments.of(new TeamRejections.TeamNameTaken(), 409, "CONFLICT", "name"),
                Arguments.of(new TeamRejections.TooManyInviteCodes(20), 409, "CONFLICT", null),
                Arguments.of(new TeamRejections.JoinRequestPending(), 409, "CONFLICT", null),
                Arguments.of(new TeamRejections.JoinRequestClosed(JoinRequest.Status.APPROVED), 409, "CONFLICT", null),
                Arguments.of(new TeamRejections.TeamIsPublic(), 409, "CONFLICT", null),
                Arguments.of(new TeamRejections.CannotRemoveSelf(), 400, "VALIDATION_ERROR", "userId"),
                Arguments.of(new TeamRejections.NoOwnerByRoleChange(), 400, "VALIDATION_ERROR", "role"),
                Arguments.of(new TeamRejections.AlreadyOwner(), 400, "VALIDATION_ERROR", "userId"));
    }

    @Test
    void theTableNamesEveryRuleTeamsDeclares() {
        var tested = everyTeamsRejection().map(arguments -> arguments.get()[0].getClass().getName()).distinct()
                .toList();
        assertThat(tested).containsExactlyInAnyOrderElementsOf(
                Stream.of(TeamRejections.class.getDeclaredClasses()).map(Class::getName).toList());
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("everyTeamsRejection")
    void answersEachTeamsRejectionWithItsStatusAndCode(Rejection rejection, int status, String code, String field) {
        var response = handler.rejected(rejection);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        var error = response.getBody().error();
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).isEqualTo(rejection.getMessage());
        assertThat(error.details()).extracting(ErrorResponse.Detail::field)
                .isEqualTo(field == null ? List.of() : List.of(field));
    }
}
