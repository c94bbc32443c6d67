package com.weighttracker.platform.adapter.mail;

import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * E-mail templates rendered by Thymeleaf: {@code mail/<name>.html} (HTML mode: every value is escaped
 * unless the template says otherwise) and {@code mail/<name>.txt} (text mode) on the classpath, from
 * one model. Contexts keep their templates next to their mail adapter's resources.
 */
public final class MailTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    public MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    /** Both parts of {@code name}. */
    public Rendered render(String name, Map<String, Object> model) {
        var context = new Context(java.util.Locale.ENGLISH, model);
        return new Rendered(engine.process(name + ".html", context), engine.process(name + ".txt", context));
    }

    public record Rendered(String html, String text) {
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setCheckExistence(true);
        return resolver;
    }
}
