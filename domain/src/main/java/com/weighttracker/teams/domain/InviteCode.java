package com.weighttracker.teams.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.teams.domain.TeamRejections.InviteCodeNotUsable;
import com.weighttracker.teams.domain.TeamRejections.TooManyInviteCodes;

/**
 * An invite code of a team (FR-3.2 "join via invite code"): random and unguessable, valid for a
 * while (a week unless chosen otherwise, at most {@link #MAX_VALIDITY}), optionally for a number
 * of uses, revocable. Issued and revoked by those who may manage invite codes.
 */
public final class InviteCode implements AggregateRoot<InviteCode, InviteCodeId> {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    public static final Duration MAX_VALIDITY = Duration.ofDays(30);
    public static final int MAX_USES = 1000;
    /** Codes a team may have that are neither expired nor revoked nor used up. */
    public static final int MAX_ACTIVE_PER_TEAM = 20;

    private final InviteCodeId code;
    private final TeamId teamId;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final Integer maxUses;
    private int uses;
    private Instant revokedAt;

    private InviteCode(InviteCodeId code, TeamId teamId, UserId createdBy, Instant createdAt, Instant expiresAt,
            Integer maxUses, int uses, Instant revokedAt) {
        this.code = Objects.requireNonNull(code);
        this.teamId = Objects.requireNonNull(teamId);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.maxUses = maxUses;
        this.uses = uses;
        this.revokedAt = revokedAt;
    }

    /**
     * @param validHours how long the code works, in hours; {@link #DEFAULT_VALIDITY} when null
     * @param maxUses how many joins it allows; unlimited when null
     * @param activeCodes how many active codes the team has now
     */
    public static InviteCode issue(InviteCodeId code, Membership issuer, Integer validHours, Integer maxUses,
            int activeCodes, Instant now) {
        issuer.require(TeamAction.MANAGE_INVITE_CODES);
        var violations = new Violations();
        if (validHours != null && (validHours < 1 || validHours > MAX_VALIDITY.toHours())) {
            violations.add("validHours", "validHours must be between 1 and " + MAX_VALIDITY.toHours());
        }
        if (maxUses != null && (maxUses < 1 || maxUses > MAX_USES)) {
            violations.add("maxUses", "maxUses must be between 1 and " + MAX_USES);
        }
        violations.throwIfAny();
        if (activeCodes >= MAX_ACTIVE_PER_TEAM) {
            throw new TooManyInviteCodes(MAX_ACTIVE_PER_TEAM);
        }
        var validity = validHours == null ? DEFAULT_VALIDITY : Duration.ofHours(validHours);
        return new InviteCode(code, issuer.teamId(), issuer.userId(), now, now.plus(validity), maxUses, 0, null);
    }

    public static InviteCode restore(InviteCodeId code, TeamId teamId, UserId createdBy, Instant createdAt,
            Instant expiresAt, Integer maxUses, int uses, Instant revokedAt) {
        return new InviteCode(code, teamId, createdBy, createdAt, expiresAt, maxUses, uses, revokedAt);
    }

    /** Counts one join through the code; refuses a revoked, expired or used-up code as not found. */
    public void redeem(Instant now) {
        if (revokedAt != null) {
            throw InviteCodeNotUsable.revoked();
        }
        if (!now.isBefore(expiresAt)) {
            throw InviteCodeNotUsable.expired();
        }
        if (maxUses != null && uses >= maxUses) {
            throw InviteCodeNotUsable.usedUp();
        }
        uses++;
    }

    /** Revokes the code; revoking it again changes nothing. */
    public void revoke(Membership revoker, Instant now) {
        revoker.require(TeamAction.MANAGE_INVITE_CODES);
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && (maxUses == null || uses < maxUses);
    }

    @Override
    public InviteCodeId getId() {
        return code;
    }

    public TeamId teamId() {
        return teamId;
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Integer> maxUses() {
        return Optional.ofNullable(maxUses);
    }

    public int uses() {
        return uses;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
