package com.weighttracker.notifications.application.port.out;

import java.util.Map;

/** Renders an e-mail template (HTML and plain text) with a template engine; values are escaped by the engine. */
public interface MailComposer {

    /** @param template one of {@link MailTemplate} */
    RenderedMail render(MailTemplate template, Map<String, Object> model);

    enum MailTemplate {
        WELCOME, NOTIFICATION, CHALLENGE, ACHIEVEMENT, REMINDER, WEEKLY_SUMMARY
    }

    record RenderedMail(String html, String text) {
    }
}
