package com.weighttracker.social.application;

import java.util.Set;
import java.util.UUID;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.in.FeedPage;
import com.weighttracker.social.application.port.in.FeedRequest;
import com.weighttracker.social.application.port.in.FeedScope;
import com.weighttracker.social.application.port.in.ReadFeedUseCase;
import com.weighttracker.social.application.port.out.FeedQuery;
import com.weighttracker.social.application.port.out.FeedReader;
import com.weighttracker.social.domain.SocialRejections.TeamNotFound;
import com.weighttracker.social.domain.Tags;
import com.weighttracker.teams.TeamMembership;

/**
 * The feeds (FR-4.1.3). A page costs a constant number of queries whatever its size: the team
 * question (team feeds only), one keyset scan of posts that also tells which of them the reader
 * liked, and one identity question for all authors.
 */
public final class FeedService implements ReadFeedUseCase {

    private final FeedReader feed;
    private final PostViews views;
    private final TeamMembership teams;

    public FeedService(FeedReader feed, PostViews views, TeamMembership teams) {
        this.feed = feed;
        this.views = views;
        this.teams = teams;
    }

    @Override
    public FeedPage feed(UserId reader, FeedRequest request) {
        var limit = request.limit() == null ? PageRequest.DEFAULT_LIMIT : request.limit();
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw InvalidInput.of("limit", "limit must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        var scope = request.scope() == null ? FeedScope.PUBLIC : request.scope();
        var tag = request.tag() == null || request.tag().isBlank() ? null : Tags.normalise(request.tag());
        var after = FeedCursor.decode(request.cursor());
        var author = request.authorId() == null ? null : new UserId(request.authorId());
        if (request.teamId() != null && scope != FeedScope.TEAM) {
            throw InvalidInput.of("teamId", "teamId narrows a team feed: use it with scope=team");
        }
        var query = switch (scope) {
            case PUBLIC -> new FeedQuery(reader, true, null, author, tag, null, null, limit + 1);
            case TEAM -> new FeedQuery(reader, false, teamsOf(reader, request.teamId()), author, tag, null, null,
                    limit + 1);
            case MINE -> new FeedQuery(reader, false, null, reader, tag, null, null, limit + 1);
        };
        if (after != null) {
            query = new FeedQuery(query.reader(), query.publicOnly(), query.teamIds(), query.authorId(), query.tag(),
                    after.createdAt(), after.id(), query.limit());
        }
        if (query.teamIds() != null && query.teamIds().isEmpty()) {
            return new FeedPage(java.util.List.of(), null);
        }
        var found = feed.page(query);
        var more = found.posts().size() > limit;
        var page = more ? found.posts().subList(0, limit) : found.posts();
        var next = more ? FeedCursor.after(page.get(page.size() - 1)).encode() : null;
        return new FeedPage(views.many(reader, page, found.likedByReader()), next);
    }

    /** One team the reader is in (else not found), or all of theirs. */
    private Set<UUID> teamsOf(UserId reader, UUID teamId) {
        if (teamId == null) {
            return teams.teamsOf(reader);
        }
        if (teams.roleOf(teamId, reader).isEmpty()) {
            throw new TeamNotFound();
        }
        return Set.of(teamId);
    }
}
