package com.weighttracker.teams.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.application.port.in.InviteCodeView;
import com.weighttracker.teams.application.port.in.ManageInviteCodesUseCase;
import com.weighttracker.teams.application.port.out.InviteCodeRepository;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.InviteCode;
import com.weighttracker.teams.domain.InviteCodeId;
import com.weighttracker.teams.domain.TeamAction;
import com.weighttracker.teams.domain.TeamRejections.InviteCodeNotFound;

public final class InviteCodeService implements ManageInviteCodesUseCase {

    private final InviteCodeRepository codes;
    private final TeamLookup access;
    private final Transactions transactions;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public InviteCodeService(InviteCodeRepository codes, TeamRepository teams, MemberRepository members,
            Transactions transactions, Clock clock) {
        this.codes = codes;
        this.access = new TeamLookup(teams, members);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public InviteCodeView issue(UserId issuer, UUID teamId, Integer validHours, Integer maxUses) {
        return transactions.inTransaction(() -> {
            // the team's lock keeps two issuers from passing the limit of active codes together
            var seen = access.lockedMember(issuer, teamId);
            var now = clock.instant();
            var code = InviteCode.issue(InviteCodeId.random(random), seen.member(), validHours, maxUses,
                    codes.countActive(seen.team().getId(), now), now);
            codes.add(code);
            return InviteCodeView.of(code, now);
        });
    }

    @Override
    public Page<InviteCodeView> list(UserId viewer, UUID teamId, PageRequest page) {
        var seen = access.member(viewer, teamId);
        seen.member().require(TeamAction.MANAGE_INVITE_CODES);
        var now = clock.instant();
        return codes.list(seen.team().getId(), page).map(code -> InviteCodeView.of(code, now));
    }

    @Override
    public void revoke(UserId revoker, UUID teamId, String code) {
        transactions.inTransaction(() -> {
            var seen = access.lockedMember(revoker, teamId);
            seen.member().require(TeamAction.MANAGE_INVITE_CODES);
            var invite = InviteCodeId.parse(code).flatMap(codes::lock)
                    .filter(found -> found.teamId().equals(seen.team().getId()))
                    .orElseThrow(InviteCodeNotFound::new);
            invite.revoke(seen.member(), clock.instant());
            codes.update(invite);
        });
    }
}
