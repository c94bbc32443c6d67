package com.weighttracker.social.application;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.application.port.in.AuthorView;
import com.weighttracker.social.application.port.in.CommentView;
import com.weighttracker.social.application.port.in.MilestoneView;
import com.weighttracker.social.application.port.in.PostView;
import com.weighttracker.social.application.port.out.BlockRepository;
import com.weighttracker.social.application.port.out.FeedReader;
import com.weighttracker.social.application.port.out.PostRepository;
import com.weighttracker.social.domain.Comment;
import com.weighttracker.social.domain.ContentStatus;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;
import com.weighttracker.social.domain.SocialRejections.PostNotFound;
import com.weighttracker.teams.TeamMembership;

/**
 * The one read rule of social, and how posts and comments look to a reader. A reader sees a post
 * when it is visible (or held and theirs), public or of a team they are in, and not by someone they
 * blocked; any other post is not found. Views are made in bulk: one identity question for all
 * authors of a page, one for the reader's likes (none for a feed page: its scan read them).
 */
public final class PostViews {

    private final PostRepository posts;
    private final FeedReader feed;
    private final BlockRepository blocks;
    private final TeamMembership teams;
    private final UserDirectory users;

    public PostViews(PostRepository posts, FeedReader feed, BlockRepository blocks, TeamMembership teams,
            UserDirectory users) {
        this.posts = posts;
        this.feed = feed;
        this.blocks = blocks;
        this.teams = teams;
        this.users = users;
    }

    /** The post if {@code reader} may read it; the block check is part of the statement that reads it. */
    Post readable(UserId reader, PostId id) {
        var post = posts.findUnlessBlocked(id, reader).orElseThrow(PostNotFound::new);
        if (!visibleTo(reader, post)) {
            throw new PostNotFound();
        }
        return post;
    }

    boolean mayRead(UserId reader, Post post) {
        return visibleTo(reader, post) && (post.isBy(reader) || !blocks.blocked(reader, post.authorId()));
    }

    /** The read rule but for blocks: visible (or held and theirs), and a team post only for its members. */
    private boolean visibleTo(UserId reader, Post post) {
        var visible = post.status() == ContentStatus.VISIBLE
                || post.status() == ContentStatus.HELD && post.isBy(reader);
        if (!visible) {
            return false;
        }
        return post.visibility() != PostVisibility.TEAM
                || teams.roleOf(post.teamId().orElseThrow(), reader).isPresent();
    }

    PostView one(UserId reader, Post post) {
        return many(reader, List.of(post)).get(0);
    }

    List<PostView> many(UserId reader, List<Post> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return many(reader, page, feed.likedBy(reader, page.stream().map(Post::getId).toList()));
    }

    /** Views of a page whose likes by {@code reader} are known already (a feed page reads them with the posts). */
    List<PostView> many(UserId reader, List<Post> page, Set<PostId> liked) {
        if (page.isEmpty()) {
            return List.of();
        }
        var authors = users.findAll(page.stream().map(Post::authorId).collect(java.util.stream.Collectors.toSet()));
        return page.stream().map(post -> view(reader, post, authors, liked)).toList();
    }

    List<CommentView> comments(UserId reader, List<Comment> comments) {
        if (comments.isEmpty()) {
            return List.of();
        }
        var authors = users.findAll(authorsOf(comments));
        return comments.stream().map(comment -> new CommentView(comment.getId().value(), comment.postId().value(),
                comment.parentId().map(parent -> parent.value()).orElse(null), comment.depth(),
                author(comment.authorId(), authors.get(comment.authorId()), reader), comment.content(),
                status(comment.status()), comment.createdAt(), comment.updatedAt())).toList();
    }

    private static Collection<UserId> authorsOf(List<Comment> comments) {
        var ids = new LinkedHashSet<UserId>();
        comments.forEach(comment -> ids.add(comment.authorId()));
        return ids;
    }

    private PostView view(UserId reader, Post post, Map<UserId, UserFacts> authors, Set<PostId> liked) {
        var facts = authors.get(post.authorId());
        var mayMassBeShown = facts != null && facts.weightVisibility().admits(post.authorId(), reader);
        var milestone = post.milestone().map(fact -> mayMassBeShown ? fact : fact.withoutMass())
                .map(fact -> new MilestoneView(fact.percentLost(), fact.lostKg(), fact.goalReachedAt())).orElse(null);
        return new PostView(post.getId().value(), author(post.authorId(), facts, reader), post.type(),
                post.title().orElse(null), post.content(), post.tags().values(), post.visibility(),
                post.teamId().orElse(null), milestone, post.imageIds(), status(post.status()), post.likeCount(), post.commentCount(),
                liked.contains(post.getId()), post.createdAt(), post.updatedAt());
    }

    static AuthorView author(UserId id, UserFacts facts, UserId reader) {
        if (facts == null) {
            return new AuthorView(id.value(), null, null, false);
        }
        return new AuthorView(id.value(), facts.username(), facts.displayName(), facts.avatarVisibleTo(reader));
    }

    static String status(ContentStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
