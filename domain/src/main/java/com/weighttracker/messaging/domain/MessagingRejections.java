package com.weighttracker.messaging.domain;

import java.util.List;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.shared.Unknown;

/** Every rule of messaging a request can break, by name (ADR 17). */
public final class MessagingRejections {

    private MessagingRejections() {
    }

    // --- UNKNOWN: the requester may not know it exists

    /** No such conversation, or one the requester does not take part in: the same answer. */
    public static final class ConversationNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public ConversationNotFound() {
            super("Conversation not found");
        }
    }

    /** No such message, one in a conversation the requester is not in, or one they deleted for themselves. */
    public static final class MessageNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public MessageNotFound() {
            super("Message not found");
        }
    }

    public static final class UserNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public UserNotFound() {
            super("User not found");
        }
    }

    public static final class ParticipantNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public ParticipantNotFound() {
            super("This user does not take part in the conversation.");
        }
    }

    public static final class NoImage extends Unknown {
        private static final long serialVersionUID = 1L;

        public NoImage() {
            super("There is no image here.");
        }
    }

    // --- NOT_PERMITTED

    public static final class OnlyOwnerMay extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public OnlyOwnerMay() {
            super("Only the group's owner can do this.");
        }
    }

    public static final class NotYourMessage extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public NotYourMessage() {
            super("Only its sender can change or delete a message for everyone.");
        }
    }

    /** One of the two blocked the other (social): no direct conversation between them. */
    public static final class CannotMessageUser extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public CannotMessageUser() {
            super("CANNOT_MESSAGE_USER", "You cannot send messages to this user.");
        }
    }

    // --- IN_CONFLICT

    /** Members of direct conversations and team chats do not change by hand. */
    public static final class NotAGroup extends InConflict {
        private static final long serialVersionUID = 1L;

        public NotAGroup() {
            super("NOT_A_GROUP", null, "Only a group conversation has an owner, a name and members one can add, "
                    + "remove or leave; a team chat follows the team's members.");
        }
    }

    public static final class EditWindowClosed extends InConflict {
        private static final long serialVersionUID = 1L;

        public EditWindowClosed() {
            super("EDIT_WINDOW_CLOSED", null, "A message can be edited within 5 minutes of sending it.");
        }
    }

    public static final class MessageDeleted extends InConflict {
        private static final long serialVersionUID = 1L;

        public MessageDeleted() {
            super("MESSAGE_DELETED", null, "This message was deleted.");
        }
    }

    public static final class GroupFull extends InConflict {
        private static final long serialVersionUID = 1L;

        public GroupFull() {
            super("GROUP_FULL", null, "A group has at most " + Conversation.MAX_GROUP_SIZE + " participants.");
        }
    }

    public static final class AlreadyParticipant extends InConflict {
        private static final long serialVersionUID = 1L;

        public AlreadyParticipant() {
            super("ALREADY_PARTICIPANT", "userId", "This user takes part in the conversation already.");
        }
    }

    /** The sender used this idempotency key for a message in another conversation. */
    public static final class ClientKeyReused extends InConflict {
        private static final long serialVersionUID = 1L;

        public ClientKeyReused() {
            super("CLIENT_KEY_REUSED", "clientKey", "You used this clientKey for a message in another conversation.");
        }
    }

    // --- INVALID

    public static final class NotInThisConversation extends InvalidInput {
        private static final long serialVersionUID = 1L;

        public NotInThisConversation(String field) {
            super(List.of(new FieldError(field, field + " is not a message of this conversation")));
        }
    }
}
