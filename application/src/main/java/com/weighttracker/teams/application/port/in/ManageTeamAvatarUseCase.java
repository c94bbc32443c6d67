package com.weighttracker.teams.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** A team's avatar (FR-3.1): JPEG, PNG or WebP by content, at most 2 MB; changed by those who edit the team. */
public interface ManageTeamAvatarUseCase {

    TeamView replace(UserId editor, UUID teamId, AvatarUpload upload);

    /** The avatar's bytes for whoever may see the team; the caller closes them. */
    AvatarContent open(UserId viewer, UUID teamId);

    void remove(UserId editor, UUID teamId);
}
