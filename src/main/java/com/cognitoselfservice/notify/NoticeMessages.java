package com.cognitoselfservice.notify;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notice's subject, plain text and HTML, from the {@code templates/mail/} templates and
 * the message bundles, in the notice's language.
 */
@Component
class NoticeMessages {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
        .withZone(ZoneOffset.UTC);

    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    private final MessageSource messages;

    NoticeMessages(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.templates.setTemplateResolver(resolver);
        this.templates.setTemplateEngineMessageSource(messages);
    }

    /**
     * What is sent: never a password, a code or a token, none of which a notice holds.
     */
    record Message(String subject, String text, String html) {
    }

    Message of(Notice notice) {
        Context context = new Context(notice.locale());
        context.setVariable("notice", notice);
        context.setVariable("product", (notice.brand().name() != null) ? notice.brand().name()
                : messages.getMessage("app.name", null, notice.locale()));
        context.setVariable("whenUtc", UTC.format(notice.at()));
        context.setVariable("whenLocal",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(notice.locale())
                    .withZone(ZoneOffset.UTC)
                    .format(notice.at()));
        String subject = (notice.brand().name() != null)
                ? messages.getMessage("notice.subject", new Object[] { notice.brand().name() }, notice.locale())
                : messages.getMessage("notice.heading", null, notice.locale());
        return new Message(subject,
                templates.process(new TemplateSpec("password-changed.txt", TemplateMode.TEXT), context),
                templates.process(new TemplateSpec("password-changed.html", TemplateMode.HTML), context));
    }

}
