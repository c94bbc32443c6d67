package com.weighttracker.social.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.ContentKind;

/**
 * Moderation (FR-4.1.4): anyone who can read an item reports it once; a team's moderators, admins
 * and owner review its team content, platform moderators public content.
 */
public interface ModerateContentUseCase {

    ReportView report(UserId reporter, ContentKind kind, UUID contentId, String reason);

    /** @param teamId a team's queue, or the public one when null */
    Page<ReviewItemView> queue(UserId moderator, UUID teamId, PageRequest page);

    ModeratedView decide(UserId moderator, ContentKind kind, UUID contentId, ModerationDecision decision);

    /** @param teamId the author's content in that team, or their public content when null */
    Page<ContentHistoryView> history(UserId moderator, UUID authorId, UUID teamId, PageRequest page);
}
