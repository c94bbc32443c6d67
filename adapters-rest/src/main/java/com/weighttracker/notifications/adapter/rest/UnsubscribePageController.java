package com.weighttracker.notifications.adapter.rest;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import com.weighttracker.notifications.application.port.in.UnsubscribeUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationRejections.UnsubscribeLinkNotValid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The unsubscribe page for people: the link in an e-mail opens it (GET, no login) and it asks before it
 * changes anything, since link scanners fetch links too; its button POSTs to {@code …/unsubscribe/confirm},
 * which answers with a page as well. Mail clients keep using RFC 8058's one-click POST
 * ({@link UnsubscribeController}). Plain HTML without scripts (the CSP allows none), every value escaped.
 */
@RestController
@Tag(name = "Notifications")
class UnsubscribePageController {

    static final String CONFIRM_PATH = "/v1/notifications/unsubscribe/confirm";

    private final UnsubscribeUseCase unsubscribe;

    UnsubscribePageController(UnsubscribeUseCase unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @GetMapping(path = "/v1/notifications/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    @SecurityRequirements
    @Operation(operationId = "unsubscribePage", summary = "The unsubscribe page an e-mail's link opens",
            description = "Without login. Changes nothing: a page that names the category and asks to confirm.")
    @ApiResponse(responseCode = "200", description = "The page with its confirm button",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "A token we did not sign: a page that says so",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    ResponseEntity<String> page(@RequestParam(required = false) String token) {
        try {
            var category = unsubscribe.categoryOf(token);
            return html(HttpStatus.OK, "Unsubscribe", "<p>Stop e-mails about <strong>" + describe(category)
                    + "</strong>? You can turn them on again in the app's notification settings.</p>"
                    + "<form method=\"post\" action=\"" + CONFIRM_PATH + "?token="
                    + HtmlUtils.htmlEscape(UriUtils.encodeQueryParam(token, java.nio.charset.StandardCharsets.UTF_8))
                    + "\"><button type=\"submit\">Unsubscribe</button></form>");
        } catch (UnsubscribeLinkNotValid invalid) {
            return notValid();
        }
    }

    @PostMapping(path = CONFIRM_PATH, produces = MediaType.TEXT_HTML_VALUE)
    @SecurityRequirements
    @Operation(operationId = "confirmUnsubscribe", summary = "The unsubscribe page's confirm button",
            description = "Without login: turns off e-mail of the link's category and answers with a page. "
                    + "Any body is ignored; repeating it is fine.")
    @ApiResponse(responseCode = "200", description = "A page: no more e-mail of this category",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "A token we did not sign: a page that says so",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    ResponseEntity<String> confirm(@RequestParam(required = false) String token) {
        try {
            var category = unsubscribe.unsubscribe(token);
            return html(HttpStatus.OK, "Unsubscribed", "<p>Done: no more e-mails about <strong>"
                    + describe(category) + "</strong>. You can turn them on again in the app's notification "
                    + "settings.</p>");
        } catch (UnsubscribeLinkNotValid invalid) {
            return notValid();
        }
    }

    private static ResponseEntity<String> notValid() {
        return html(HttpStatus.NOT_FOUND, "Link not valid", "<p>This unsubscribe link is not valid. Use the link "
                + "of a recent e-mail, or change your e-mail choices in the app's notification settings.</p>");
    }

    /** Our own text only; nothing of the request but the escaped token goes into a page. */
    private static ResponseEntity<String> html(HttpStatus status, String title, String body) {
        var page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · Weight Tracker</title>"
                + "<style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}"
                + "button{font-size:1rem;padding:.5rem 1.25rem}</style></head>"
                + "<body><h1>" + title + "</h1>" + body + "</body></html>\n";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML,
                java.nio.charset.StandardCharsets.UTF_8)).body(page);
    }

    private static String describe(Category category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
