package com.weighttracker.challenges.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** Forgets cached challenge boards when what they show changed (ADR 25); called by derived reactions. */
public interface RefreshChallengeBoardsUseCase {

    /** Its standings, participants or rules changed. */
    void challengeChanged(UUID challengeId);

    /** A participant's name or weight visibility changed, or identity forgot or restored them: every challenge of theirs. */
    void userChanged(UserId userId);
}
