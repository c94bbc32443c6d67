package com.weighttracker.social.application.port.in;

/** Which posts a feed shows: public ones, those of my teams (or one of them), or my own. */
public enum FeedScope {
    PUBLIC, TEAM, MINE
}
