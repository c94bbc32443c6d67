package com.weighttracker.social;

/** What a post is about (FR-4.1.1); gamification counts likes on tips. */
public enum PostType {
    GENERAL, MILESTONE, TIP, QUESTION, RECIPE, WORKOUT
}
