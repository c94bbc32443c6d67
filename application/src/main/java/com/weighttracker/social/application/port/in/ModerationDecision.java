package com.weighttracker.social.application.port.in;

/**
 * What a moderator decides on a reported or held item: the reports were unfounded (a held item goes
 * out), take it down (softly), or put it back.
 */
public enum ModerationDecision {
    DISMISS, REMOVE, RESTORE
}
