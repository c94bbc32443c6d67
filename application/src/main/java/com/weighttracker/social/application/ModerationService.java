package com.weighttracker.social.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.weighttracker.identity.PlatformModerators;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.application.port.in.ContentHistoryView;
import com.weighttracker.social.application.port.in.ModerateContentUseCase;
import com.weighttracker.social.application.port.in.ModeratedView;
import com.weighttracker.social.application.port.in.ModerationDecision;
import com.weighttracker.social.application.port.in.ReportView;
import com.weighttracker.social.application.port.in.ReviewItemView;
import com.weighttracker.social.application.port.out.CommentRepository;
import com.weighttracker.social.application.port.out.ModerationReader;
import com.weighttracker.social.application.port.out.PostRepository;
import com.weighttracker.social.application.port.out.ReportRepository;
import com.weighttracker.social.domain.Comment;
import com.weighttracker.social.domain.CommentId;
import com.weighttracker.social.domain.ContentStatus;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;
import com.weighttracker.social.domain.Report;
import com.weighttracker.social.domain.ReportId;
import com.weighttracker.social.domain.SocialRejections.AlreadyReported;
import com.weighttracker.social.domain.SocialRejections.CommentNotFound;
import com.weighttracker.social.domain.SocialRejections.NotAModerator;
import com.weighttracker.social.domain.SocialRejections.PostNotFound;
import com.weighttracker.social.domain.SocialRejections.TeamNotFound;
import com.weighttracker.teams.TeamMembership;

/**
 * Reports, review queues and moderators' decisions (FR-4.1.4). Team content is reviewed by the
 * team's moderators, admins and owner (teams says who); public content by platform moderators
 * (identity says who). Every decision closes the item's open reports with who and when, and the
 * item keeps who decided last and when.
 */
public final class ModerationService implements ModerateContentUseCase {

    private final ReportRepository reports;
    private final ModerationReader reader;
    private final PostRepository posts;
    private final CommentRepository comments;
    private final PostViews views;
    private final TeamMembership teams;
    private final PlatformModerators platform;
    private final UserDirectory users;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ModerationService(ReportRepository reports, ModerationReader reader, PostRepository posts,
            CommentRepository comments, PostViews views, TeamMembership teams, PlatformModerators platform,
            UserDirectory users, Transactions transactions, IdGenerator ids, Clock clock) {
        this.reports = reports;
        this.reader = reader;
        this.posts = posts;
        this.comments = comments;
        this.views = views;
        this.teams = teams;
        this.platform = platform;
        this.users = users;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ReportView report(UserId reporter, ContentKind kind, UUID contentId, String reason) {
        var report = transactions.inTransaction(() -> {
            var id = new ReportId(ids.next());
            Report made;
            if (kind == ContentKind.POST) {
                made = Report.ofPost(id, views.readable(reporter, new PostId(contentId)), reporter, reason, now());
            } else {
                var comment = readableComment(reporter, contentId);
                made = Report.ofComment(id, comment, posts.find(comment.postId()).orElseThrow(CommentNotFound::new),
                        reporter, reason, now());
            }
            if (!reports.add(made)) {
                throw new AlreadyReported();
            }
            return made;
        });
        return new ReportView(report.getId().value(), report.kind(), report.contentId(), report.reason(),
                report.createdAt());
    }

    @Override
    public Page<ReviewItemView> queue(UserId moderator, UUID teamId, PageRequest page) {
        requireModerator(moderator, teamId);
        var open = reports.queue(teamId, page);
        var postsById = reader.posts(open.items().stream().filter(item -> item.kind() == ContentKind.POST)
                .map(ReportRepository.OpenReports::contentId).toList()).stream()
                .collect(Collectors.toMap(post -> post.getId().value(), Function.identity()));
        var commentsById = reader.comments(open.items().stream().filter(item -> item.kind() == ContentKind.COMMENT)
                .map(ReportRepository.OpenReports::contentId).toList()).stream()
                .collect(Collectors.toMap(comment -> comment.getId().value(), Function.identity()));
        var authorIds = new ArrayList<UserId>();
        postsById.values().forEach(post -> authorIds.add(post.authorId()));
        commentsById.values().forEach(comment -> authorIds.add(comment.authorId()));
        var authors = users.findAll(authorIds);
        var items = new ArrayList<ReviewItemView>();
        for (var item : open.items()) {
            if (item.kind() == ContentKind.POST && postsById.containsKey(item.contentId())) {
                var post = postsById.get(item.contentId());
                items.add(new ReviewItemView(item.kind(), item.contentId(), item.contentId(), teamId,
                        PostViews.author(post.authorId(), authors.get(post.authorId()), moderator), post.content(),
                        PostViews.status(post.status()), item.reports(), item.reasons(), item.firstReportedAt()));
            } else if (commentsById.containsKey(item.contentId())) {
                var comment = commentsById.get(item.contentId());
                items.add(new ReviewItemView(item.kind(), item.contentId(), comment.postId().value(), teamId,
                        PostViews.author(comment.authorId(), authors.get(comment.authorId()), moderator),
                        comment.content(), PostViews.status(comment.status()), item.reports(), item.reasons(),
                        item.firstReportedAt()));
            }
        }
        return new Page<>(items, page, open.totalItems());
    }

    @Override
    public ModeratedView decide(UserId moderator, ContentKind kind, UUID contentId, ModerationDecision decision) {
        return transactions.inTransaction(() -> {
            var now = now();
            if (kind == ContentKind.POST) {
                var post = posts.find(new PostId(contentId)).orElseThrow(PostNotFound::new);
                requireModerator(moderator, post.teamId().orElse(null));
                decide(post, moderator, decision, now);
                reports.resolve(kind, contentId, resolution(decision), moderator, now);
                return new ModeratedView(kind, contentId, PostViews.status(post.status()), moderator.value(), now);
            }
            var comment = comments.find(new CommentId(contentId)).orElseThrow(CommentNotFound::new);
            var post = posts.find(comment.postId()).orElseThrow(CommentNotFound::new);
            requireModerator(moderator, post.teamId().orElse(null));
            var wasVisible = comment.status() == ContentStatus.VISIBLE;
            decide(comment, post.authorId(), moderator, decision, now);
            var isVisible = comment.status() == ContentStatus.VISIBLE;
            posts.countComments(post.getId(), wasVisible == isVisible ? 0 : isVisible ? 1 : -1);
            reports.resolve(kind, contentId, resolution(decision), moderator, now);
            return new ModeratedView(kind, contentId, PostViews.status(comment.status()), moderator.value(), now);
        });
    }

    private void decide(Post post, UserId moderator, ModerationDecision decision, Instant now) {
        switch (decision) {
            case DISMISS, RESTORE -> {
                if (post.status() != ContentStatus.VISIBLE) {
                    post.restore(moderator, now);
                    posts.update(post);
                }
            }
            case REMOVE -> {
                if (post.status() != ContentStatus.REMOVED) {
                    post.remove(moderator, now);
                    posts.update(post);
                }
            }
        }
    }

    private void decide(Comment comment, UserId postAuthor, UserId moderator, ModerationDecision decision,
            Instant now) {
        switch (decision) {
            case DISMISS, RESTORE -> {
                if (comment.status() != ContentStatus.VISIBLE) {
                    comment.restore(moderator, postAuthor, now);
                    comments.update(comment);
                }
            }
            case REMOVE -> {
                if (comment.status() != ContentStatus.REMOVED) {
                    comment.remove(moderator, now);
                    comments.update(comment);
                }
            }
        }
    }

    @Override
    public Page<ContentHistoryView> history(UserId moderator, UUID authorId, UUID teamId, PageRequest page) {
        requireModerator(moderator, teamId);
        return reader.history(new UserId(authorId), teamId, page).map(entry -> new ContentHistoryView(entry.kind(),
                entry.id(), entry.postId(), entry.teamId(), entry.content(), entry.status(), entry.createdAt(),
                entry.moderatedAt(), entry.moderatedBy() == null ? null : entry.moderatedBy().value()));
    }

    /**
     * Team content: the team's moderators and up (others in the team may not; outsiders do not learn
     * the team exists). Public content: platform moderators.
     */
    private void requireModerator(UserId user, UUID teamId) {
        if (teamId == null) {
            if (!platform.isPlatformModerator(user)) {
                throw new NotAModerator();
            }
            return;
        }
        if (TeamModerators.moderates(teams, teamId, user)) {
            return;
        }
        if (teams.roleOf(teamId, user).isEmpty()) {
            throw new TeamNotFound();
        }
        throw new NotAModerator();
    }

    private Comment readableComment(UserId reader, UUID commentId) {
        var comment = comments.find(new CommentId(commentId)).orElseThrow(CommentNotFound::new);
        try {
            views.readable(reader, comment.postId());
        } catch (PostNotFound hidden) {
            throw new CommentNotFound();
        }
        if (comment.status() != ContentStatus.VISIBLE && !comment.isBy(reader)) {
            throw new CommentNotFound();
        }
        return comment;
    }

    private static String resolution(ModerationDecision decision) {
        return switch (decision) {
            case DISMISS -> "DISMISSED";
            case REMOVE -> "REMOVED";
            case RESTORE -> "RESTORED";
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
