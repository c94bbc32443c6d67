package com.weighttracker.social.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.domain.Report;

/** Reports and flags, and the review queues made of the open ones. */
public interface ReportRepository {

    /** The open reports of one item, grouped. */
    record OpenReports(ContentKind kind, UUID contentId, int reports, List<String> reasons, Instant firstReportedAt) {
    }

    /** Whether it was new: a user's second report of an item adds nothing. */
    boolean add(Report report);

    /** Closes every open report of the item with the moderator's decision. */
    void resolve(ContentKind kind, UUID contentId, String resolution, UserId moderator, Instant at);

    /** Items with open reports, oldest report first: of one team, or of public content when {@code teamId} is null. */
    Page<OpenReports> queue(UUID teamId, PageRequest page);
}
