package com.weighttracker.platform.adapter.mail;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Delivers over SMTP on a small background pool, so a slow mail server never holds up a request. */
class SmtpMailer implements Mailer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    private static final int THREADS = 2;
    private static final int QUEUE_CAPACITY = 100;
    private static final long SHUTDOWN_GRACE_SECONDS = 10;

    private final JavaMailSender sender;
    private final String from;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY), new CustomizableThreadFactory("mail-"));

    SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            executor.execute(() -> deliver(mail));
        } catch (RejectedExecutionException full) {
            log.warn("E-mail '{}' dropped: the mail queue is full or shutting down", mail.subject());
        }
    }

    private void deliver(OutgoingMail mail) {
        try {
            deliverNow(mail);
        } catch (MailNotSent failure) {
            log.warn("Could not send e-mail '{}': {}", mail.subject(), failure.getMessage());
        }
    }

    @Override
    public void deliverNow(OutgoingMail mail) {
        try {
            sender.send(message -> {
                var helper = new MimeMessageHelper(message, mail.html() != null, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(mail.to());
                helper.setSubject(mail.subject());
                if (mail.html() == null) {
                    helper.setText(mail.text());
                } else {
                    helper.setText(mail.text(), mail.html());
                }
                for (var header : mail.headers().entrySet()) {
                    message.setHeader(header.getKey(), header.getValue());
                }
            });
        } catch (RuntimeException failure) {
            // Only the cause's type: mail exception messages often quote the recipient address.
            throw new MailNotSent(NestedExceptionUtils.getMostSpecificCause(failure).getClass().getName(), failure);
        }
    }

    /** Lets queued mails go out, within a grace period, when the application stops. */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
            log.warn("{} queued e-mail(s) not sent before shutdown", executor.shutdownNow().size());
        }
    }
}
