package com.weighttracker.teams.domain;

import java.util.List;
import java.util.Locale;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.shared.Unknown;
import com.weighttracker.teams.TeamRole;

/**
 * Every rule of teams a request can break, by name (ADR 17). Each is a kind of the shared kernel's
 * {@link com.weighttracker.shared.Rejection}; the kind decides the HTTP status in the REST adapter,
 * the code is what clients see. Plain field validation (a name's length) stays {@link InvalidInput#of}.
 * A new context copies this file: one class per rule, grouped by kind.
 */
public final class TeamRejections {

    private TeamRejections() {
    }

    // --- UNKNOWN: the viewer may not know it exists

    /** No such team, or a private one the viewer is not in: the same answer, never a hint. */
    public static final class TeamNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public TeamNotFound() {
            super("Team not found");
        }
    }

    public static final class MemberNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public MemberNotFound() {
            super("This user is not a member of the team.");
        }
    }

    public static final class TeamHasNoAvatar extends Unknown {
        private static final long serialVersionUID = 1L;

        public TeamHasNoAvatar() {
            super("This team has no avatar.");
        }
    }

    /** An invite code that cannot be used: never issued, revoked, expired or used up. */
    public static final class InviteCodeNotUsable extends Unknown {
        private static final long serialVersionUID = 1L;

        private InviteCodeNotUsable(String message) {
            super(message);
        }

        public static InviteCodeNotUsable notValid() {
            return new InviteCodeNotUsable("This invite code is not valid. Check it, or ask the team for a new one.");
        }

        public static InviteCodeNotUsable revoked() {
            return new InviteCodeNotUsable("This invite code was revoked. Ask the team for a new one.");
        }

        public static InviteCodeNotUsable expired() {
            return new InviteCodeNotUsable("This invite code has expired. Ask the team for a new one.");
        }

        public static InviteCodeNotUsable usedUp() {
            return new InviteCodeNotUsable("This invite code has been used up. Ask the team for a new one.");
        }
    }

    public static final class InviteCodeNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public InviteCodeNotFound() {
            super("This team has no such invite code.");
        }
    }

    public static final class JoinRequestNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        private JoinRequestNotFound(String message) {
            super(message);
        }

        public static JoinRequestNotFound ofRequester() {
            return new JoinRequestNotFound("You have no such join request.");
        }

        public static JoinRequestNotFound ofTeam() {
            return new JoinRequestNotFound("This team has no such join request.");
        }
    }

    // --- NOT_PERMITTED: the viewer sees the team but may not do this

    /** An outsider of a public team tries a member's action. */
    public static final class NotTeamMember extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public NotTeamMember() {
            super("Only members of this team can do this.");
        }
    }

    /** {@link TeamPolicy} does not give the member's role this action. */
    public static final class RoleDoesNotAllow extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public RoleDoesNotAllow(TeamRole role) {
            super("Your role in this team (" + role.name().toLowerCase(Locale.ROOT) + ") does not allow this.");
        }
    }

    /** Removing a member or changing their role needs a higher rank than theirs. */
    public static final class DoesNotOutrank extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public DoesNotOutrank() {
            super("You can only do this to members of a lower role than yours.");
        }
    }

    public static final class RoleAboveOwn extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public RoleAboveOwn() {
            super("You can only give roles below your own.");
        }
    }

    // --- IN_CONFLICT: the team's current state refuses it

    public static final class TeamFull extends InConflict {
        private static final long serialVersionUID = 1L;

        public TeamFull() {
            super("TEAM_FULL", null, "This team is full: it has reached its member limit.");
        }
    }

    public static final class AlreadyMember extends InConflict {
        private static final long serialVersionUID = 1L;

        public AlreadyMember() {
            super("ALREADY_MEMBER", null, "You are a member of this team already.");
        }
    }

    public static final class OwnerCannotLeave extends InConflict {
        private static final long serialVersionUID = 1L;

        public OwnerCannotLeave() {
            super("OWNER_CANNOT_LEAVE", null,
                    "The owner cannot leave the team. Transfer ownership to another member first, or delete the team.");
        }
    }

    public static final class LastOwner extends InConflict {
        private static final long serialVersionUID = 1L;

        public LastOwner() {
            super("LAST_OWNER", "role",
                    "The team's only owner cannot be demoted. Transfer ownership to another member first.");
        }
    }

    public static final class TeamNameTaken extends InConflict {
        private static final long serialVersionUID = 1L;

        public TeamNameTaken() {
            super(TeamName.FIELD, "A team with this name exists already.");
        }
    }

    public static final class TooManyInviteCodes extends InConflict {
        private static final long serialVersionUID = 1L;

        public TooManyInviteCodes(int max) {
            super(null, "A team can have at most " + max + " active invite codes. Revoke one first.");
        }
    }

    public static final class JoinRequestPending extends InConflict {
        private static final long serialVersionUID = 1L;

        public JoinRequestPending() {
            super(null, "You have asked to join this team already; the request is pending.");
        }
    }

    public static final class JoinRequestClosed extends InConflict {
        private static final long serialVersionUID = 1L;

        public JoinRequestClosed(JoinRequest.Status status) {
            super(null, "This join request was " + status.name().toLowerCase(Locale.ROOT) + " already.");
        }
    }

    /** Join requests are for private teams; a public one is joined directly. */
    public static final class TeamIsPublic extends InConflict {
        private static final long serialVersionUID = 1L;

        public TeamIsPublic() {
            super(null, "This team is public: join it directly.");
        }
    }

    // --- INVALID: the request names the wrong member or role

    public static final class CannotRemoveSelf extends InvalidInput {
        private static final long serialVersionUID = 1L;

        public CannotRemoveSelf() {
            super(List.of(new FieldError("userId", "You cannot remove yourself; leave the team instead.")));
        }
    }

    public static final class NoOwnerByRoleChange extends InvalidInput {
        private static final long serialVersionUID = 1L;

        public NoOwnerByRoleChange() {
            super(List.of(new FieldError("role",
                    "Nobody becomes owner by a role change: the owner transfers ownership instead.")));
        }
    }

    public static final class AlreadyOwner extends InvalidInput {
        private static final long serialVersionUID = 1L;

        public AlreadyOwner() {
            super(List.of(new FieldError("userId", "You are the owner already; choose another member.")));
        }
    }
}
