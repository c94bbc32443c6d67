package com.weighttracker.gamification.application.port.in;

import com.weighttracker.gamification.Achievement;

/** One achievement of the catalogue: what it is for, what it earns, where its icon is. */
public record AchievementInfo(String code, String title, String description, int points, String iconUrl) {

    public static AchievementInfo of(Achievement achievement) {
        return new AchievementInfo(achievement.code(), achievement.title(), achievement.description(),
                achievement.points(), iconUrl(achievement));
    }

    public static String iconUrl(Achievement achievement) {
        return "/v1/achievements/" + achievement.code() + "/icon.svg";
    }
}
