package com.weighttracker.challenges.application.port.in;

import java.util.UUID;

import com.weighttracker.challenges.domain.ChallengeChanges;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/**
 * Challenges themselves (FR-5.1). A team challenge does not exist (404) for anyone outside its team;
 * after the start only name and description change, and a started challenge is not deleted.
 */
public interface ManageChallengesUseCase {

    ChallengeView create(UserId creator, CreateChallengeCommand command);

    ChallengeView get(UserId viewer, UUID challengeId);

    Page<ChallengeView> browse(UserId viewer, ChallengeFilter filter, PageRequest page);

    ChallengeView edit(UserId editor, UUID challengeId, ChallengeChanges changes);

    void delete(UserId deleter, UUID challengeId);
}
