package com.weighttracker.social.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.application.port.in.CommentView;
import com.weighttracker.social.application.port.in.CommentsUseCase;
import com.weighttracker.social.application.port.out.BlockRepository;
import com.weighttracker.social.application.port.out.CommentRepository;
import com.weighttracker.social.application.port.out.PostRepository;
import com.weighttracker.social.application.port.out.ReportRepository;
import com.weighttracker.social.domain.Comment;
import com.weighttracker.social.domain.CommentId;
import com.weighttracker.social.domain.ContentStatus;
import com.weighttracker.social.domain.KeywordFilter;
import com.weighttracker.social.domain.PostId;
import com.weighttracker.social.domain.Report;
import com.weighttracker.social.domain.ReportId;
import com.weighttracker.social.domain.SocialRejections.CommentNotFound;
import com.weighttracker.social.domain.SocialRejections.PostNotFound;
import com.weighttracker.teams.TeamMembership;

/**
 * Comments and replies (FR-4.1.2). Whoever may read a post may read and write its comments; a
 * comment is as visible as its post, and the post's comment count moves with every visible one.
 */
public final class CommentService implements CommentsUseCase {

    private final CommentRepository comments;
    private final ReportRepository reports;
    private final PostRepository posts;
    private final BlockRepository blocks;
    private final PostViews views;
    private final TeamMembership teams;
    private final KeywordFilter filter;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public CommentService(CommentRepository comments, ReportRepository reports, PostRepository posts, BlockRepository blocks, PostViews views,
            TeamMembership teams, KeywordFilter filter, Transactions transactions, IdGenerator ids, Clock clock) {
        this.comments = comments;
        this.reports = reports;
        this.posts = posts;
        this.blocks = blocks;
        this.views = views;
        this.teams = teams;
        this.filter = filter;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Page<CommentView> comments(UserId reader, UUID postId, PageRequest page) {
        var post = views.readable(reader, new PostId(postId));
        var found = comments.ofPost(post.getId(), reader, page);
        return new Page<>(views.comments(reader, found.items()), page, found.totalItems());
    }

    @Override
    public CommentView add(UserId author, UUID postId, UUID parentId, String content) {
        var comment = transactions.inTransaction(() -> {
            var post = views.readable(author, new PostId(postId));
            var parent = parentId == null ? null : readable(author, new CommentId(parentId));
            var written = Comment.write(new CommentId(ids.next()), post, parent, author, content,
                    filter.flags(content), now());
            comments.add(written);
            if (written.status() == ContentStatus.VISIBLE) {
                posts.countComments(post.getId(), 1);
            } else {
                reports.add(Report.flagged(new ReportId(ids.next()), written, post, written.createdAt()));
            }
            return written;
        });
        return views.comments(author, List.of(comment)).get(0);
    }

    @Override
    public CommentView edit(UserId editor, UUID commentId, String content) {
        var comment = transactions.inTransaction(() -> {
            var found = readable(editor, new CommentId(commentId));
            var wasVisible = found.status() == ContentStatus.VISIBLE;
            found.edit(editor, content, filter.flags(content), now());
            comments.update(found);
            if (wasVisible && found.status() != ContentStatus.VISIBLE) {
                posts.countComments(found.postId(), -1);
                var post = posts.find(found.postId()).orElseThrow(CommentNotFound::new);
                reports.add(Report.flagged(new ReportId(ids.next()), found, post, found.updatedAt()));
            }
            return found;
        });
        return views.comments(editor, List.of(comment)).get(0);
    }

    @Override
    public void delete(UserId requester, UUID commentId) {
        transactions.inTransaction(() -> {
            var comment = comments.find(new CommentId(commentId)).orElseThrow(CommentNotFound::new);
            var post = posts.find(comment.postId()).orElseThrow(CommentNotFound::new);
            if (comment.isBy(requester)) {
                posts.countComments(post.getId(), -comments.deleteWithReplies(comment.getId()));
            } else if (TeamModerators.moderates(teams, post.teamId().orElse(null), requester)) {
                if (comment.status() != ContentStatus.REMOVED) {
                    var wasVisible = comment.status() == ContentStatus.VISIBLE;
                    comment.remove(requester, now());
                    comments.update(comment);
                    reports.resolve(ContentKind.COMMENT, commentId, "REMOVED", requester,
                            comment.moderatedAt().orElseThrow());
                    if (wasVisible) {
                        posts.countComments(post.getId(), -1);
                    }
                }
            } else {
                throw new CommentNotFound();
            }
        });
    }

    /** A comment the reader may see: on a post they may read, visible or their own held one, not by someone they blocked. */
    private Comment readable(UserId reader, CommentId id) {
        var comment = comments.find(id).orElseThrow(CommentNotFound::new);
        try {
            views.readable(reader, comment.postId());
        } catch (PostNotFound hidden) {
            throw new CommentNotFound();
        }
        var visible = comment.status() == ContentStatus.VISIBLE
                || comment.status() == ContentStatus.HELD && comment.isBy(reader);
        if (!visible || !comment.isBy(reader) && blocks.blocked(reader, comment.authorId())) {
            throw new CommentNotFound();
        }
        return comment;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
