package com.weighttracker.social.application.port.in;

import java.util.List;

/** A page of a feed and where the next one starts (null at the end). */
public record FeedPage(List<PostView> items, String nextCursor) {

    public FeedPage {
        items = List.copyOf(items);
    }
}
