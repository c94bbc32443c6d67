package com.weighttracker.teams.adapter.rest;

import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.in.CreateTeamCommand;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of /v1/teams. Their values are validated by the domain, every broken rule at once. */
final class TeamRequests {

    private TeamRequests() {
    }

    record CreateTeam(
            @Schema(example = "Morning Walkers", minLength = 3, maxLength = 50,
                    description = "unique regardless of case", requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(maxLength = 500, example = "We walk before work and weigh in on Mondays.") String description,
            @Schema(allowableValues = { "public", "private" }, description = "public when absent")
            TeamVisibility visibility,
            @Schema(minimum = "1", maximum = "200", description = "50 when absent") Integer memberLimit) {

        CreateTeamCommand toCommand() {
            return new CreateTeamCommand(name, description, visibility, memberLimit);
        }
    }

    record ChangeRole(@Schema(allowableValues = { "admin", "moderator", "member" },
            description = "a role below your own; ownership moves only by transfer",
            requiredMode = Schema.RequiredMode.REQUIRED) TeamRole role) {
    }

    record TransferOwnership(@Schema(description = "the member who becomes owner; you become an admin",
            requiredMode = Schema.RequiredMode.REQUIRED) String userId) {
    }

    record IssueInviteCode(
            @Schema(minimum = "1", maximum = "720", description = "hours until it expires; 168 (a week) when absent")
            Integer validHours,
            @Schema(minimum = "1", maximum = "1000", description = "how many may join with it; unlimited when absent")
            Integer maxUses) {
    }

    record JoinWithCode(@Schema(example = "K7M2QX9RTB4WZP3H", description = "case and dashes do not matter",
            requiredMode = Schema.RequiredMode.REQUIRED) String code) {
    }

    record AskToJoin(@Schema(maxLength = 500, example = "I walk every morning too!") String message) {
    }
}
