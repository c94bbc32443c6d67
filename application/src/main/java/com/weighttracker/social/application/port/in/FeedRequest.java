package com.weighttracker.social.application.port.in;

import java.util.UUID;

/**
 * One page of a feed. {@code cursor} is the opaque position the previous page ended at (null for the
 * first page); {@code teamId} narrows a team feed to one team, {@code authorId} and {@code tag} filter.
 */
public record FeedRequest(FeedScope scope, UUID teamId, UUID authorId, String tag, Integer limit, String cursor) {
}
