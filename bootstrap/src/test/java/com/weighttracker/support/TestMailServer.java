package com.weighttracker.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) in the test JVM; the application sends its mail here. */
public final class TestMailServer {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server.getSmtp().getPort();
    }

    /** The newest mail to {@code address} with that subject, waiting up to 10 s for it to arrive. */
    public static MimeMessage latestMail(String address, String subject) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var found = Arrays.stream(server.getReceivedMessagesForDomain(address))
                    .filter(message -> subject.equals(subjectOf(message)))
                    .max(Comparator.comparing(TestMailServer::sentDate));
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("no mail '" + subject + "' arrived for " + address);
    }

    public static int mailCount(String address) {
        return server.getReceivedMessagesForDomain(address).length;
    }

    /** Mails to {@code address} with that subject (other mails, such as a welcome, do not count). */
    public static int mailCount(String address, String subject) {
        return (int) Arrays.stream(server.getReceivedMessagesForDomain(address))
                .filter(message -> subject.equals(subjectOf(message))).count();
    }

    /** The only link in the mail's text. */
    public static String linkIn(MimeMessage message) {
        var matcher = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
        if (!matcher.find()) {
            throw new AssertionError("the mail has no link");
        }
        return matcher.group();
    }

    /** The token query parameter of the link in the mail. */
    public static String tokenIn(MimeMessage message) {
        var link = linkIn(message);
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant sentDate(MimeMessage message) {
        try {
            return message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
