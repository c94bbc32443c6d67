package com.weighttracker.gamification.adapter.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.gamification.application.port.in.ViewAchievementsUseCase;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Achievements and points", description = "Badges unlocked once, points earned with them and with "
        + "challenges won, leaderboards of points (FR-6).")
class AchievementController {

    /** Icons are hand-made files of the application, so they may be cached for a day. */
    private static final CacheControl ICON_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    /** An SVG opened directly runs no script and loads nothing. */
    private static final String ICON_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final ViewAchievementsUseCase achievements;
    private final GamificationRestMapper mapper;

    AchievementController(ViewAchievementsUseCase achievements, GamificationRestMapper mapper) {
        this.achievements = achievements;
        this.mapper = mapper;
    }

    @GetMapping(path = "/v1/achievements", produces = "application/json")
    @Operation(operationId = "listAchievements", summary = "The badge catalogue",
            description = "Every achievement with its description, points and icon. Loss milestones follow each "
                    + "user's unit (kg, or lb for pounds and stones) and the trend, not one weigh-in.")
    @ApiResponse(responseCode = "200", description = "The catalogue")
    Envelope<List<GamificationResponses.Badge>> catalogue() {
        return Envelope.ok(achievements.catalogue().stream().map(mapper::toBadge).toList());
    }

    @GetMapping(path = "/v1/achievements/{code}/icon.svg", produces = "image/svg+xml")
    @Operation(operationId = "getAchievementIcon", summary = "A badge's icon (SVG)",
            description = "Served without sign-in, so an img tag can show it.")
    @ApiResponse(responseCode = "200", description = "The icon",
            content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such achievement",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<byte[]> icon(@PathVariable String code) {
        var achievement = achievements.achievement(code);
        var resource = new ClassPathResource("gamification/icons/" + achievement.code() + ".svg");
        try (var in = resource.getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).cacheControl(ICON_CACHE)
                    .header("Content-Security-Policy", ICON_POLICY).header("X-Content-Type-Options", "nosniff")
                    .body(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the icon of " + achievement + " is missing from the application", e);
        }
    }

    @GetMapping(path = "/v1/users/me/achievements", produces = "application/json")
    @Operation(operationId = "getMyAchievements", summary = "My achievements and points",
            description = "The caller's own showcase, as GET /v1/users/{userId}/achievements with their own id.")
    @ApiResponse(responseCode = "200", description = "The showcase")
    Envelope<GamificationResponses.Showcase> myShowcase(@CurrentUser UserId me) {
        return Envelope.ok(mapper.toShowcase(achievements.showcase(me, me)));
    }

    @GetMapping(path = "/v1/users/{userId}/achievements", produces = "application/json")
    @Operation(operationId = "getUserAchievements", summary = "A user's achievements and points",
            description = "Part of the profile: seen by everyone signed in when the profile is public, by the user "
                    + "alone when it is private.")
    @ApiResponse(responseCode = "200", description = "The showcase")
    @ApiResponse(responseCode = "404", description = "No such user, or a private profile",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<GamificationResponses.Showcase> showcase(@CurrentUser UserId me, @PathVariable String userId) {
        var user = new UserId(QueryParameters.uuid("userId", userId));
        return Envelope.ok(mapper.toShowcase(achievements.showcase(me, user)));
    }

    @GetMapping(path = "/v1/points/leaderboard", produces = "application/json")
    @Operation(operationId = "getPointsLeaderboard", summary = "Points leaderboard, global or of a team",
            description = "The most points first; equal points share a rank. With teamId, the team's members (a "
                    + "private team's for its members only). Names of users with a private profile are hidden.")
    @ApiResponse(responseCode = "200", description = "A page of the board")
    @ApiResponse(responseCode = "400", description = "A bad teamId, page or limit",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such team, or a private team you are not in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<GamificationResponses.PointsStanding>> board(@CurrentUser UserId me,
            @RequestParam(required = false) String teamId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit) {
        var violations = new Violations();
        UUID team = violations.check("teamId",
                () -> teamId == null || teamId.isBlank() ? null : QueryParameters.uuid("teamId", teamId));
        var pageRequest = violations.check("page", () -> PageRequest.of(page, limit));
        violations.throwIfAny();
        var board = team == null ? achievements.globalBoard(me, pageRequest)
                : achievements.teamBoard(me, team, pageRequest);
        return Envelope.page(board.map(mapper::toStanding));
    }
}
