package com.weighttracker.social;

/** The two kinds of content people write in social: posts and comments on them. */
public enum ContentKind {
    POST, COMMENT
}
