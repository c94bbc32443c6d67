package com.weighttracker.notifications.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.Rules;

/**
 * What a notification says: a title, a body and where in the app it leads (a path such as
 * {@code /teams/…}, or none). Plain text: clients show it as text, never as markup.
 */
public record NotificationContent(String title, String body, String link) implements ValueObject {

    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 1_000;
    public static final int MAX_LINK = 300;

    public NotificationContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Rules.maxLength("title", Rules.name("title", title), MAX_TITLE);
        Rules.maxLength("body", Rules.plainText("body", body), MAX_BODY);
        if (link != null) {
            Rules.check(link.startsWith("/") && !link.startsWith("//") && link.length() <= MAX_LINK
                    && link.chars().noneMatch(Character::isWhitespace), "link", "link must be a path of the app");
        }
    }

    /** Cuts user-written text (a message, a team name) so it fits, instead of refusing the notification. */
    public static String shortened(String text, int max) {
        if (text == null) {
            return "";
        }
        var oneLine = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= max ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)) + "…";
    }
}
