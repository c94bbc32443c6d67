package com.weighttracker.example;

import com.weighttracker.shared.UserId;

/** The published query other contexts may call: how many teams have welcomed a user. */
public interface WelcomeQuery {

    int welcomesOf(UserId member);
}
