package com.weighttracker.teams.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/** Invite codes of a team, for those who may manage them (owner and admins). */
public interface ManageInviteCodesUseCase {

    /**
     * @param validHours hours until the code expires; a week when null, at most 30 days
     * @param maxUses how many may join with it; unlimited when null
     */
    InviteCodeView issue(UserId issuer, UUID teamId, Integer validHours, Integer maxUses);

    /** The team's codes, newest first, active or not. */
    Page<InviteCodeView> list(UserId viewer, UUID teamId, PageRequest page);

    void revoke(UserId revoker, UUID teamId, String code);
}
