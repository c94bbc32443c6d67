package com.weighttracker.challenges.adapter.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.weighttracker.challenges.application.port.in.ChallengeLeaderboardView;
import com.weighttracker.challenges.application.port.in.ChallengeProgressView;
import com.weighttracker.challenges.application.port.in.ChallengeView;

/** The challenges use cases' views as the REST adapter's responses (ADR 18). Generated as a Spring bean. */
@Mapper
interface ChallengesRestMapper {

    ChallengesResponses.Challenge toChallenge(ChallengeView challenge);

    /** The board of one page; its pagination block comes from the same page. */
    @Mapping(target = "entries", source = "entries.items")
    ChallengesResponses.ChallengeLeaderboard toLeaderboard(ChallengeLeaderboardView view);

    ChallengesResponses.ChallengeStanding toStanding(ChallengeLeaderboardView.Entry entry);

    ChallengesResponses.ChallengeProgress toProgress(ChallengeProgressView view);
}
