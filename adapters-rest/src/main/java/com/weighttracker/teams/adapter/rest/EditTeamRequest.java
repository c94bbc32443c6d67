package com.weighttracker.teams.adapter.rest;

import java.util.Optional;

import com.weighttracker.platform.adapter.rest.MergePatch;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.in.TeamChanges;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A JSON merge patch of a team: absent fields stay, null clears the description. A class, not a
 * record, so Jackson can tell absent (null field) from null (empty Optional).
 */
@Schema(name = "EditTeamRequest", description = "Only the fields sent change; null clears the description.")
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
final class EditTeamRequest {

    @Schema(minLength = 3, maxLength = 50)
    private Optional<String> name;
    @Schema(nullable = true, maxLength = 500)
    private Optional<String> description;
    @Schema(allowableValues = { "public", "private" })
    private Optional<TeamVisibility> visibility;
    @Schema(minimum = "1", maximum = "200", description = "not below the current member count")
    private Optional<Integer> memberLimit;

    TeamChanges toChanges() {
        return new TeamChanges(MergePatch.field(name), MergePatch.field(description), MergePatch.field(visibility),
                MergePatch.field(memberLimit));
    }

    public void setName(Optional<String> name) {
        this.name = name;
    }

    public void setDescription(Optional<String> description) {
        this.description = description;
    }

    public void setVisibility(Optional<TeamVisibility> visibility) {
        this.visibility = visibility;
    }

    public void setMemberLimit(Optional<Integer> memberLimit) {
        this.memberLimit = memberLimit;
    }
}
