package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.REPORTS;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.application.port.out.ReportRepository;
import com.weighttracker.social.domain.Report;

@Repository
class JooqReportRepository implements ReportRepository {

    private final DSLContext dsl;

    JooqReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(Report report) {
        return dsl.insertInto(REPORTS)
                .set(REPORTS.ID, report.getId().value())
                .set(REPORTS.CONTENT_KIND, report.kind().name())
                .set(REPORTS.CONTENT_ID, report.contentId())
                .set(REPORTS.POST_ID, report.postId().value())
                .set(REPORTS.COMMENT_ID, report.kind() == ContentKind.COMMENT ? report.contentId() : null)
                .set(REPORTS.TEAM_ID, report.teamId().orElse(null))
                .set(REPORTS.AUTHOR_ID, report.authorId().value())
                .set(REPORTS.REPORTER_ID, report.reporterId().map(UserId::value).orElse(null))
                .set(REPORTS.REASON, report.reason())
                .set(REPORTS.CREATED_AT, report.createdAt())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void resolve(ContentKind kind, UUID contentId, String resolution, UserId moderator, Instant at) {
        dsl.update(REPORTS)
                .set(REPORTS.RESOLVED_AT, at)
                .set(REPORTS.RESOLVED_BY, moderator.value())
                .set(REPORTS.RESOLUTION, resolution)
                .where(REPORTS.CONTENT_KIND.eq(kind.name()), REPORTS.CONTENT_ID.eq(contentId),
                        REPORTS.RESOLVED_AT.isNull())
                .execute();
    }

    @Override
    public Page<OpenReports> queue(UUID teamId, PageRequest page) {
        Condition where = REPORTS.RESOLVED_AT.isNull()
                .and(teamId == null ? REPORTS.TEAM_ID.isNull() : REPORTS.TEAM_ID.eq(teamId));
        var first = DSL.min(REPORTS.CREATED_AT);
        var total = dsl.fetchCount(DSL.selectDistinct(REPORTS.CONTENT_KIND, REPORTS.CONTENT_ID).from(REPORTS)
                .where(where));
        var items = dsl.select(REPORTS.CONTENT_KIND, REPORTS.CONTENT_ID, DSL.count(),
                        DSL.arrayAgg(REPORTS.REASON).orderBy(REPORTS.CREATED_AT), first)
                .from(REPORTS).where(where)
                .groupBy(REPORTS.CONTENT_KIND, REPORTS.CONTENT_ID)
                .orderBy(first.asc(), REPORTS.CONTENT_ID.asc())
                .limit(page.limit()).offset(page.offset())
                .fetch(row -> new OpenReports(ContentKind.valueOf(row.value1()), row.value2(), row.value3(),
                        Arrays.asList(row.value4()), row.value5()));
        return new Page<>(items, page, total);
    }
}
