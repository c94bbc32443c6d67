package com.weighttracker.messaging.application.port.out;

import java.util.List;

import com.weighttracker.shared.UserId;

/**
 * What storing a message did ({@link MessageRepository#store}): stored at {@code seq}, with the
 * conversation's participants to push it to; or, with nothing written, why not.
 */
public record Sending(Outcome outcome, long seq, List<UserId> participants) {

    public enum Outcome {
        /** Stored at {@code seq}; the sender's receipts moved to it. */
        STORED,
        /** The sender takes no part in the conversation, or there is none. */
        NOT_PARTICIPANT,
        /** The sender used the client key already (a retry): the first message answers. */
        KEY_TAKEN,
        /** A direct conversation and blocking was not checked yet: check it, then store again. */
        BLOCKING_UNCHECKED,
        /**
         * Lost a race after the conversation was locked (the sender left meanwhile, or a retry with
         * the same key was stored first): the transaction must roll back (the seq was taken).
         */
        RACED
    }

    public static Sending not(Outcome outcome) {
        return new Sending(outcome, 0, List.of());
    }

    public boolean stored() {
        return outcome == Outcome.STORED;
    }
}
