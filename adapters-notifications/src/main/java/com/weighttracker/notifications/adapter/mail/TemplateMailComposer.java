package com.weighttracker.notifications.adapter.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.weighttracker.notifications.application.port.out.MailComposer;
import com.weighttracker.platform.adapter.mail.MailTemplates;

/** Notifications' templates ({@code mail/notifications-*}), with the app's address for links. */
@Component
class TemplateMailComposer implements MailComposer {

    private final MailTemplates templates;
    private final String appUrl;

    TemplateMailComposer(MailTemplates templates,
            @Value("${weighttracker.mail.link-base-url:http://localhost:8080}") String appUrl) {
        this.templates = templates;
        this.appUrl = appUrl.replaceAll("/+$", "");
    }

    @Override
    public RenderedMail render(MailTemplate template, Map<String, Object> model) {
        var full = new HashMap<>(model);
        full.put("appUrl", appUrl);
        var rendered = templates.render("notifications-" + template.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                full);
        return new RenderedMail(rendered.html(), rendered.text());
    }
}
