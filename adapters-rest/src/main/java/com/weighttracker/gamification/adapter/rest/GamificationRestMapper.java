package com.weighttracker.gamification.adapter.rest;

import org.mapstruct.Mapper;

import com.weighttracker.gamification.application.port.in.AchievementInfo;
import com.weighttracker.gamification.application.port.in.PointsStandingView;
import com.weighttracker.gamification.application.port.in.ShowcaseView;

/** Gamification's views as the REST adapter's responses (ADR 18). Generated as a Spring bean. */
@Mapper
interface GamificationRestMapper {

    GamificationResponses.Badge toBadge(AchievementInfo info);

    GamificationResponses.Showcase toShowcase(ShowcaseView view);

    GamificationResponses.UnlockedAchievement toUnlocked(ShowcaseView.Unlocked unlocked);

    GamificationResponses.PointsStanding toStanding(PointsStandingView view);
}
