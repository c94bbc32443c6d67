package com.weighttracker.challenges.application.port.in;

/** The end-of-challenge job's use case: completes every challenge whose last day is over everywhere. */
public interface CompleteChallengesUseCase {

    /** @return how many challenges it completed */
    int completeEnded();
}
