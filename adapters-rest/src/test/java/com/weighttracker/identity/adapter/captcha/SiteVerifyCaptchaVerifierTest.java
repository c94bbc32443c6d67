package com.weighttracker.identity.adapter.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class SiteVerifyCaptchaVerifierTest {

    private static final String SECRET = "0x-test-secret-do-not-log";
    private static final String TOKEN = "widget-token-do-not-log";
    private static final String CLIENT_IP = "203.0.113.7";

    private HttpServer server;
    private ExecutorService serverThreads;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private volatile int status = 200;
    private volatile String responseBody = "{\"success\": true}";
    private volatile Duration delay = Duration.ZERO;

    record RecordedRequest(String method, String contentType, Map<String, String> form) {}

    @BeforeEach
    void startSiteVerifyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/siteverify", this::handle);
        server.start();
    }

    @AfterEach
    void stopSiteVerifyServer() {
        serverThreads.shutdownNow();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), parseForm(body)));
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] bytes = responseBody.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }

    private URI siteVerifyUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/siteverify");
    }

    private SiteVerifyCaptchaVerifier verifier(CaptchaProperties.Provider provider, Duration timeout) {
        return new SiteVerifyCaptchaVerifier(new CaptchaProperties(provider, SECRET, siteVerifyUrl(), 0.5, timeout));
    }

    private SiteVerifyCaptchaVerifier verifier() {
        return verifier(CaptchaProperties.Provider.TURNSTILE, Duration.ofSeconds(3));
    }

    @Test
    void acceptsSuccessfulVerificationAndPostsSecretResponseAndRemoteIp() {
        assertThat(verifier().isHuman(TOKEN, CLIENT_IP)).isTrue();

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(request.form())
                    .containsEntry("secret", SECRET)
                    .containsEntry("response", TOKEN)
                    .containsEntry("remoteip", CLIENT_IP);
        });
    }

    @Test
    void omitsRemoteIpWhenClientIpIsUnknown() {
        assertThat(verifier().isHuman(TOKEN, null)).isTrue();

        assertThat(requests).singleElement().satisfies(request -> assertThat(request.form())
                .containsEntry("secret", SECRET)
                .containsEntry("response", TOKEN)
                .doesNotContainKey("remoteip"));
    }

    @Test
    void rejectsUnsuccessfulVerification() {
        responseBody = "{\"success\": false, \"error-codes\": [\"invalid-input-response\"]}";

        assertThat(verifier().isHuman(TOKEN, CLIENT_IP)).isFalse();
    }

    @Test
    void rejectsAnswerWithoutSuccessFlag() {
        responseBody = "{\"hostname\": \"example.com\"}";

        assertThat(verifier().isHuman(TOKEN, CLIENT_IP)).isFalse();
    }

    @Test
    void rejectsScoreBelowMinimum() {
        responseBody = "{\"success\": true, \"score\": 0.3, \"action\": \"register\"}";

        assertThat(verifier(CaptchaProperties.Provider.RECAPTCHA, Duration.ofSeconds(3)).isHuman(TOKEN, CLIENT_IP))
                .isFalse();
    }

    @Test
    void acceptsScoreAboveMinimum() {
        responseBody = "{\"success\": true, \"score\": 0.9, \"action\": \"register\"}";

        assertThat(verifier(CaptchaProperties.Provider.RECAPTCHA, Duration.ofSeconds(3)).isHuman(TOKEN, CLIENT_IP))
                .isTrue();
    }

    @Test
    void acceptsScoreEqualToMinimum() {
        responseBody = "{\"success\": true, \"score\": 0.5}";

        assertThat(verifier(CaptchaProperties.Provider.RECAPTCHA, Duration.ofSeconds(3)).isHuman(TOKEN, CLIENT_IP))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {302, 403, 500, 503})
    void rejectsNon2xxAnswerEvenIfBodySaysSuccess(int non2xxStatus) {
        status = non2xxStatus;
        responseBody = "{\"success\": true}";

        assertThat(verifier().isHuman(TOKEN, CLIENT_IP)).isFalse();
    }

    @Test
    void rejectsUnparsableAnswer() {
        responseBody = "<html>Bad gateway</html>";

        assertThat(verifier().isHuman(TOKEN, CLIENT_IP)).isFalse();
    }

    @Test
    void rejectsQuicklyWhenProviderIsSlowerThanTheTimeout() {
        delay = Duration.ofSeconds(10);
        SiteVerifyCaptchaVerifier verifier = verifier(CaptchaProperties.Provider.HCAPTCHA, Duration.ofMillis(300));

        long start = System.nanoTime();
        boolean human = verifier.isHuman(TOKEN, CLIENT_IP);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(human).isFalse();
        assertThat(elapsed).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void rejectsWhenProviderIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SiteVerifyCaptchaVerifier verifier = new SiteVerifyCaptchaVerifier(new CaptchaProperties(
                CaptchaProperties.Provider.TURNSTILE, SECRET,
                URI.create("http://127.0.0.1:" + closedPort + "/siteverify"), null, Duration.ofSeconds(1)));

        assertThat(verifier.isHuman(TOKEN, CLIENT_IP)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void rejectsBlankResponseWithoutCallingProvider(String blankResponse) {
        assertThat(verifier().isHuman(blankResponse, CLIENT_IP)).isFalse();

        assertThat(requests).isEmpty();
    }

    @Test
    void warnsWithoutLeakingSecretOrToken() {
        status = 500;
        responseBody = "oops";
        Logger logger = (Logger) LoggerFactory.getLogger(SiteVerifyCaptchaVerifier.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            assertThat(verifier().isHuman(TOKEN, CLIENT_IP)).isFalse();
            delay = Duration.ofSeconds(10);
            assertThat(verifier(CaptchaProperties.Provider.TURNSTILE, Duration.ofMillis(200)).isHuman(TOKEN, CLIENT_IP))
                    .isFalse();
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET).doesNotContain(TOKEN);
            assertThat(event.getThrowableProxy()).isNull();
        });
    }
}
