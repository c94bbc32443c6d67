package com.weighttracker.social.application.port.in;

import java.util.List;
import java.util.UUID;

import com.weighttracker.social.PostType;
import com.weighttracker.social.PostVisibility;

/**
 * A new post. The domain validates the values, every broken rule at once.
 *
 * @param type general when null
 * @param visibility public when null; a team post names its team
 * @param attachProgress for a milestone: attach the author's progress from tracking
 */
public record PublishPostCommand(PostType type, String title, String content, List<String> tags,
        PostVisibility visibility, UUID teamId, boolean attachProgress) {
}
