package com.weighttracker.gamification.application.port.in;

import java.util.List;
import java.util.UUID;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/** Showcases, the badge catalogue and points leaderboards (FR-6.1, FR-6.2). */
public interface ViewAchievementsUseCase {

    /** 404 unless the viewer may see the user's profile. */
    ShowcaseView showcase(UserId viewer, UserId user);

    List<AchievementInfo> catalogue();

    /** The achievement an icon is asked for, by its code; 404 for an unknown one. */
    Achievement achievement(String code);

    /** Everybody with points, the most first. */
    Page<PointsStandingView> globalBoard(UserId viewer, PageRequest page);

    /** The members of a team by points: a public team's board for everyone, a private team's for its members. */
    Page<PointsStandingView> teamBoard(UserId viewer, UUID teamId, PageRequest page);
}
