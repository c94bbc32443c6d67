package com.weighttracker.social.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.social.ContentKind;
import com.weighttracker.social.PostType;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.application.port.in.ManagePostsUseCase;
import com.weighttracker.social.application.port.in.PostChanges;
import com.weighttracker.social.application.port.in.PostView;
import com.weighttracker.social.application.port.in.PublishPostCommand;
import com.weighttracker.social.application.port.out.PostRepository;
import com.weighttracker.social.application.port.out.ReportRepository;
import com.weighttracker.social.domain.ContentStatus;
import com.weighttracker.social.domain.KeywordFilter;
import com.weighttracker.social.domain.Milestone;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;
import com.weighttracker.social.domain.Report;
import com.weighttracker.social.domain.ReportId;
import com.weighttracker.social.domain.SocialRejections.NoProgressToShare;
import com.weighttracker.social.domain.SocialRejections.PostNotFound;
import com.weighttracker.social.domain.SocialRejections.TeamNotFound;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.tracking.GoalQuery;
import com.weighttracker.tracking.ProgressQuery;

/** Posts (FR-4.1.1): publish, read, edit within a day, delete or moderate. */
public final class PostService implements ManagePostsUseCase {

    /** How far back a milestone's progress reaches: tracking's longest period. */
    private static final int PROGRESS_DAYS = ProgressQuery.MAX_PERIOD_DAYS - 1;

    private final PostRepository posts;
    private final ReportRepository reports;
    private final PostViews views;
    private final TeamMembership teams;
    private final ProgressQuery progress;
    private final UserDirectory users;
    private final KeywordFilter filter;
    private final ImageStore images;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final GoalQuery goals;
    private final Clock clock;

    public PostService(PostRepository posts, ReportRepository reports, PostViews views, TeamMembership teams, ProgressQuery progress,
            UserDirectory users, KeywordFilter filter, ImageStore images, Transactions transactions, IdGenerator ids,
            GoalQuery goals, Clock clock) {
        this.images = images;
        this.posts = posts;
        this.reports = reports;
        this.views = views;
        this.teams = teams;
        this.progress = progress;
        this.users = users;
        this.filter = filter;
        this.transactions = transactions;
        this.ids = ids;
        this.goals = goals;
        this.clock = clock;
    }

    @Override
    public PostView publish(UserId author, PublishPostCommand command) {
        if (command.visibility() == PostVisibility.TEAM && command.teamId() != null
                && teams.roleOf(command.teamId(), author).isEmpty()) {
            throw new TeamNotFound();
        }
        var milestone = command.attachProgress() ? milestoneOf(author) : null;
        var held = filter.flags(command.title(), command.content());
        var post = Post.write(new PostId(ids.next()), author,
                command.attachProgress() && command.type() == null ? PostType.MILESTONE : command.type(),
                command.title(), command.content(), command.tags(), command.visibility(), command.teamId(), milestone,
                held, now());
        transactions.inTransaction(() -> {
            posts.add(post);
            if (post.status() == ContentStatus.HELD) {
                reports.add(Report.flagged(new ReportId(ids.next()), post, post.createdAt()));
            }
        });
        return views.one(author, post);
    }

    @Override
    public PostView get(UserId reader, UUID postId) {
        return views.one(reader, views.readable(reader, new PostId(postId)));
    }

    @Override
    public PostView edit(UserId editor, UUID postId, PostChanges changes) {
        var post = transactions.inTransaction(() -> {
            var found = views.readable(editor, new PostId(postId));
            var wasHeld = found.status() == ContentStatus.HELD;
            found.edit(editor, changes.title(), changes.content(), changes.tags(),
                    filter.flags(changes.title().value(), changes.content().value()), now());
            posts.update(found);
            if (!wasHeld && found.status() == ContentStatus.HELD) {
                reports.add(Report.flagged(new ReportId(ids.next()), found, found.updatedAt()));
            }
            return found;
        });
        return views.one(editor, post);
    }

    @Override
    public void delete(UserId requester, UUID postId) {
        var deletedImages = transactions.inTransaction(() -> {
            var post = posts.find(new PostId(postId)).orElseThrow(PostNotFound::new);
            if (post.isBy(requester)) {
                posts.delete(post.getId());
                return post.imageIds();
            } else if (TeamModerators.moderates(teams, post.teamId().orElse(null), requester)) {
                if (post.status() != ContentStatus.REMOVED) {
                    post.remove(requester, now());
                    posts.update(post);
                    reports.resolve(ContentKind.POST, postId, "REMOVED", requester, post.moderatedAt().orElseThrow());
                }
            } else {
                throw new PostNotFound();
            }
            return List.<UUID>of();
        });
        deletedImages.forEach(image -> images.discard(PostImageService.keyOf(postId, image)));
    }

    /**
     * The author's progress as tracking measures it; a mass only when their weights are public. Whether the
     * goal was reached is no mass (tracking's goal query gives only the moment), so it goes with every post.
     */
    private Milestone milestoneOf(UserId author) {
        var facts = users.find(author).orElseThrow(NoProgressToShare::new);
        var today = LocalDate.ofInstant(clock.instant(), facts.timeZone());
        var found = progress.progressOfKnown(java.util.Map.of(author, facts), today.minusDays(PROGRESS_DAYS), today)
                .get(author);
        if (found == null) {
            throw new NoProgressToShare();
        }
        var shareMass = facts.weightVisibility() == com.weighttracker.identity.Visibility.PUBLIC;
        return new Milestone(found.percentLost(), shareMass ? found.lost().in(MassUnit.KG, 1) : null,
                goals.goalReachedAt(author).orElse(null));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
