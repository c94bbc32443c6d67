package com.weighttracker.teams.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;

/** A team's avatar (FR-3.1): JPEG, PNG or WebP by content, at most 2 MB, stored without metadata; changed by those who edit the team. */
public interface ManageTeamAvatarUseCase {

    TeamView replace(UserId editor, UUID teamId, ImageUpload upload);

    /** The avatar's bytes for whoever may see the team; the caller closes them. */
    ImageContent open(UserId viewer, UUID teamId);

    void remove(UserId editor, UUID teamId);
}
