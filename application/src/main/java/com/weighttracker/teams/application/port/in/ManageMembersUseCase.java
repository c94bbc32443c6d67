package com.weighttracker.teams.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;

/** The members of a team and what the higher roles may do to the lower ones (FR-3.3). */
public interface ManageMembersUseCase {

    /** Members by role, then seniority; a private team's only for its members. */
    Page<MemberView> members(UserId viewer, UUID teamId, PageRequest page);

    /** Removes a member of a lower role. */
    void remove(UserId remover, UUID teamId, UUID memberId);

    /** Gives a member of a lower role another role below the changer's own. */
    MemberView changeRole(UserId changer, UUID teamId, UUID memberId, TeamRole role);

    /** The owner hands the team to another member and becomes an admin. */
    void transferOwnership(UserId owner, UUID teamId, UUID newOwnerId);
}
