package com.weighttracker.benchmarks;

import static com.weighttracker.identity.adapter.persistence.schema.Tables.ACCOUNTS;
import static com.weighttracker.identity.adapter.persistence.schema.Tables.PROFILES;
import static com.weighttracker.identity.adapter.persistence.schema.Tables.USER_AVATARS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.BLOCKS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.LIKES;
import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;
import static com.weighttracker.teams.adapter.persistence.schema.Tables.MEMBERS;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The yardstick for the feeds: {@code GET /baseline/posts?user=<uuid>&scope=public|team&teamId=&cursor=&limit=20}
 * answers the page the product's {@code GET /v1/posts} gives that user — the same keyset scan of
 * the same partial index (blocked authors left out; a team feed merges each team's newest), the
 * reader's likes probed in that statement, the same authors in one query, the team question for team
 * feeds, the same fields and cursor — without
 * authentication, envelope, validation messages, MapStruct, request ids or metrics. The counts are
 * the post's columns, as in the product.
 */
@RestController
class BaselineFeed {

    private final DSLContext dsl;

    BaselineFeed(DSLContext dsl) {
        this.dsl = dsl;
    }

    @GetMapping(path = "/baseline/posts", produces = "application/json")
    Feed posts(@RequestParam UUID user, @RequestParam(defaultValue = "public") String scope,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        // the partial feed indexes' constants as literals, as the product writes them (a generic plan matches them too)
        Condition where = POSTS.AUTHOR_HIDDEN.isFalse().and(POSTS.STATUS.eq(DSL.inline("VISIBLE")));
        UUID[] teamIds = null;
        if (scope.equals("team")) {
            var teams = teamId == null
                    ? dsl.select(MEMBERS.TEAM_ID).from(MEMBERS).where(MEMBERS.USER_ID.eq(user)).fetchSet(MEMBERS.TEAM_ID)
                    : dsl.select(MEMBERS.TEAM_ID).from(MEMBERS).where(MEMBERS.TEAM_ID.eq(teamId), MEMBERS.USER_ID.eq(user))
                            .fetchSet(MEMBERS.TEAM_ID);
            if (teams.isEmpty()) {
                return new Feed(List.of(), null);
            }
            where = where.and(POSTS.VISIBILITY.eq(DSL.inline("TEAM")));
            teamIds = teams.toArray(UUID[]::new);
        } else {
            where = where.and(POSTS.VISIBILITY.eq(DSL.inline("PUBLIC")));
        }
        if (cursor != null && !cursor.isBlank()) {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            var dot = text.indexOf('.');
            where = where.and(DSL.row(POSTS.CREATED_AT, POSTS.ID).lt(
                    Instant.EPOCH.plus(Long.parseLong(text.substring(0, dot)), ChronoUnit.MICROS),
                    UUID.fromString(text.substring(dot + 1))));
        }
        where = where.and(POSTS.AUTHOR_ID.ne(DSL.all(DSL.array(DSL.select(BLOCKS.BLOCKED_ID).from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(user))))));
        var found = teamIds == null ? publicPage(user, where, limit + 1) : teamPage(user, teamIds, where, limit + 1);
        var page = found.size() > limit ? found.subList(0, limit) : found;
        if (page.isEmpty()) {
            return new Feed(List.of(), null);
        }
        var authorIds = page.stream().map(row -> row.post().getAuthorId()).collect(Collectors.toSet());
        Map<UUID, Author> authors = dsl.select(ACCOUNTS.ID, ACCOUNTS.USERNAME, PROFILES.DISPLAY_NAME,
                        PROFILES.PROFILE_VISIBILITY, PROFILES.WEIGHT_VISIBILITY, USER_AVATARS.USER_ID)
                .from(ACCOUNTS).join(PROFILES).on(PROFILES.USER_ID.eq(ACCOUNTS.ID))
                .leftJoin(USER_AVATARS).on(USER_AVATARS.USER_ID.eq(ACCOUNTS.ID))
                .where(ACCOUNTS.ID.eq(DSL.any(authorIds.toArray(UUID[]::new))), ACCOUNTS.DELETION_REQUESTED_AT.isNull())
                .fetchMap(ACCOUNTS.ID, row -> new Author(row.value1(), row.value2(), row.value3(),
                        row.value6() != null && row.value4().equals("PUBLIC") ? "/v1/users/" + row.value1() + "/avatar"
                                : null,
                        row.value5().equals("PUBLIC")));
        var liked = page.stream().filter(PageRow::liked).map(row -> row.post().getId()).collect(Collectors.toSet());
        var items = page.stream().map(PageRow::post).map(row -> {
            var author = authors.get(row.getAuthorId());
            var milestone = row.getMilestonePercent() == null ? null
                    : new Milestone(row.getMilestonePercent(),
                            author != null && author.weightsPublic() ? row.getMilestoneLostKg() : null);
            return new Item(row.getId(), author, row.getType().toLowerCase(Locale.ROOT), row.getTitle(),
                    row.getContent(), Arrays.asList(row.getTags()), row.getVisibility().toLowerCase(Locale.ROOT),
                    row.getTeamId(), milestone,
                    Arrays.stream(row.getImageIds()).map(image -> "/v1/posts/" + row.getId() + "/images/" + image)
                            .toList(),
                    row.getStatus().toLowerCase(Locale.ROOT), row.getLikeCount(), row.getCommentCount(),
                    liked.contains(row.getId()), row.getCreatedAt(), row.getUpdatedAt());
        }).toList();
        String next = null;
        if (found.size() > limit) {
            var last = page.get(page.size() - 1).post();
            var micros = ChronoUnit.MICROS.between(Instant.EPOCH, last.getCreatedAt());
            next = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((micros + "." + last.getId()).getBytes(StandardCharsets.US_ASCII));
        }
        return new Feed(items, next);
    }

    /** The product's public page: one backward scan of the partial index, the reader's like probed per row. */
    private List<PageRow> publicPage(UUID user, Condition where, int limit) {
        return dsl.select(POSTS.fields()).select(liked(user, POSTS.ID)).from(POSTS).where(where)
                .orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc()).limit(limit)
                .fetch(row -> new PageRow(row.into(POSTS), row.get(LIKED, Boolean.class)));
    }

    /**
     * The product's team page: each team's newest ids from the cursor (lateral, on the index alone),
     * merged and cut, then the page's rows by primary key with the likes probed.
     */
    private List<PageRow> teamPage(UUID user, UUID[] teamIds, Condition where, int limit) {
        var teams = DSL.unnest(DSL.val(teamIds)).as("reader_teams", "team_id");
        var newest = DSL.lateral(DSL.select(POSTS.ID, POSTS.CREATED_AT).from(POSTS).where(where.and(POSTS.TEAM_ID
                .eq(teams.field("team_id", UUID.class)))).orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc())
                .limit(limit)).as("team_posts");
        var page = DSL.name("page");
        var pageId = DSL.field(DSL.name("page", "id"), UUID.class);
        return dsl.with(page.fields("id").as(DSL.select(newest.field(POSTS.ID)).from(teams).crossJoin(newest)
                        .orderBy(newest.field(POSTS.CREATED_AT).desc(), newest.field(POSTS.ID).desc()).limit(limit)))
                .select(POSTS.fields()).select(liked(user, POSTS.ID)).from(DSL.table(page)).join(POSTS)
                .on(POSTS.ID.eq(pageId)).orderBy(POSTS.CREATED_AT.desc(), POSTS.ID.desc())
                .fetch(row -> new PageRow(row.into(POSTS), row.get(LIKED, Boolean.class)));
    }

    private static final String LIKED = "liked_by_reader";

    private static org.jooq.Field<Boolean> liked(UUID user, org.jooq.Field<UUID> post) {
        return DSL.field(DSL.exists(DSL.selectOne().from(LIKES).where(LIKES.POST_ID.eq(post), LIKES.USER_ID.eq(user))))
                .as(LIKED);
    }

    record PageRow(com.weighttracker.social.adapter.persistence.schema.tables.records.PostsRecord post, boolean liked) {
    }

    record Feed(List<Item> items, String nextCursor) {
    }

    record Author(UUID id, String username, String displayName, String avatarUrl,
            @com.fasterxml.jackson.annotation.JsonIgnore boolean weightsPublic) {
    }

    record Milestone(BigDecimal percentLost, BigDecimal lostKg) {
    }

    record Item(UUID id, Author author, String type, String title, String content, List<String> tags,
            String visibility, UUID teamId, Milestone milestone, List<String> imageUrls, String status, int likeCount,
            int commentCount, boolean likedByMe, Instant createdAt, Instant updatedAt) {
    }
}
