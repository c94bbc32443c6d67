package com.weighttracker.gamification;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The predefined achievements (FR-6.1), each unlocked once per user. The loss milestones follow the
 * user's unit: 2.5, 5, 10 and 25 kg for those who weigh in kilograms, 5, 10, 25 and 50 lb for those
 * who weigh in pounds or stones, measured as the fall of the trend (ADR 9), never one weigh-in.
 * The two social achievements count what social announces: 10 posts published, 10 likes received on
 * tips (each post and each liker of a post once).
 */
public enum Achievement {
    FIRST_WEIGH_IN("First step", "Logged the first weigh-in.", 10, null, null),
    STREAK_7("Seven in a row", "Weighed in on 7 consecutive days.", 20, null, null),
    STREAK_30("Thirty in a row", "Weighed in on 30 consecutive days.", 50, null, null),
    LOSS_MILESTONE_1("First milestone", "Trend weight fell 2.5 kg (5 lb).", 25, "2.5", "5"),
    LOSS_MILESTONE_2("Second milestone", "Trend weight fell 5 kg (10 lb).", 50, "5", "10"),
    LOSS_MILESTONE_3("Third milestone", "Trend weight fell 10 kg (25 lb).", 100, "10", "25"),
    LOSS_MILESTONE_4("Fourth milestone", "Trend weight fell 25 kg (50 lb).", 250, "25", "50"),
    GOAL_REACHED("Goal reached", "The trend weight reached the goal weight.", 100, null, null),
    FIRST_CHALLENGE_COMPLETED("Finisher", "Took part in a challenge to its completion.", 25, null, null),
    POSTS_10("Storyteller", "Published 10 posts.", 20, null, null),
    TIP_LIKES_10("Helpful hand", "Received 10 likes on helpful tips.", 30, null, null);

    /** How many posts, and how many likes on tips, the two social achievements take. */
    public static final int SOCIAL_THRESHOLD = 10;

    private final String title;
    private final String description;
    private final int points;
    private final BigDecimal kilograms;
    private final BigDecimal pounds;

    Achievement(String title, String description, int points, String kilograms, String pounds) {
        this.title = title;
        this.description = description;
        this.points = points;
        this.kilograms = kilograms == null ? null : new BigDecimal(kilograms);
        this.pounds = pounds == null ? null : new BigDecimal(pounds);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** What unlocking it earns. */
    public int points() {
        return points;
    }

    /** A loss milestone's threshold in kilograms, null for other achievements. */
    public BigDecimal kilograms() {
        return kilograms;
    }

    /** A loss milestone's threshold in pounds, null for other achievements. */
    public BigDecimal pounds() {
        return pounds;
    }

    /** The code clients see and icons are named after: {@code first_weigh_in}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
