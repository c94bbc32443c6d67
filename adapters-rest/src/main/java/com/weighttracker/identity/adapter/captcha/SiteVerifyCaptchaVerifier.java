package com.weighttracker.identity.adapter.captcha;

import com.weighttracker.identity.application.port.out.CaptchaVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies tokens with the "siteverify" protocol shared by Cloudflare Turnstile, hCaptcha and Google reCAPTCHA:
 * a form POST of {@code secret}, {@code response} and {@code remoteip} answered by
 * {@code {"success": bool, "score"?: number, ...}}.
 *
 * <p>Fails closed: whenever the provider cannot give a clear yes (unreachable, timeout, non-2xx, unparsable body)
 * the caller is not considered human. Neither the secret nor the token is ever logged.
 */
final class SiteVerifyCaptchaVerifier implements CaptchaVerifier {

    private static final Logger log = LoggerFactory.getLogger(SiteVerifyCaptchaVerifier.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String provider;
    private final URI verifyUrl;
    private final String secret;
    private final double minScore;
    private final RestClient restClient;

    SiteVerifyCaptchaVerifier(CaptchaProperties properties) {
        if (properties.provider() == CaptchaProperties.Provider.NONE) {
            throw new IllegalArgumentException("siteverify needs a CAPTCHA provider, not 'none'");
        }
        this.provider = properties.provider().name().toLowerCase();
        this.verifyUrl = properties.verifyUrl();
        this.secret = properties.secret();
        this.minScore = properties.minScore();
        this.restClient = RestClient.builder().requestFactory(requestFactory(properties.timeout())).build();
    }

    private static JdkClientHttpRequestFactory requestFactory(Duration timeout) {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
        factory.setReadTimeout(timeout);
        return factory;
    }

    @Override
    public boolean isHuman(String response, String clientIp) {
        if (response == null || response.isBlank()) {
            return false;
        }
        ResponseEntity<String> answer;
        try {
            answer = restClient.post()
                    .uri(verifyUrl)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form(response, clientIp))
                    .retrieve()
                    .toEntity(String.class);
        } catch (RestClientResponseException e) {
            log.warn("CAPTCHA provider {} answered HTTP {}; treating the caller as not human",
                    provider, e.getStatusCode().value());
            return false;
        } catch (ResourceAccessException e) {
            log.warn("CAPTCHA provider {} at {} unreachable or timed out ({}); treating the caller as not human",
                    provider, verifyUrl, rootCauseName(e));
            return false;
        } catch (RestClientException | IllegalStateException e) {
            log.warn("CAPTCHA verification with provider {} failed ({}); treating the caller as not human",
                    provider, rootCauseName(e));
            return false;
        }
        if (!answer.getStatusCode().is2xxSuccessful()) {
            log.warn("CAPTCHA provider {} answered HTTP {}; treating the caller as not human",
                    provider, answer.getStatusCode().value());
            return false;
        }
        return evaluate(answer.getBody());
    }

    private MultiValueMap<String, String> form(String response, String clientIp) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("secret", secret);
        form.add("response", response);
        if (clientIp != null && !clientIp.isBlank()) {
            form.add("remoteip", clientIp);
        }
        return form;
    }

    private boolean evaluate(String body) {
        if (body == null || body.isBlank()) {
            log.warn("CAPTCHA provider {} answered with an empty body; treating the caller as not human", provider);
            return false;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            log.warn("CAPTCHA provider {} answered with an unparsable body; treating the caller as not human", provider);
            return false;
        }
        if (json == null || !json.isObject()) {
            log.warn("CAPTCHA provider {} answered with a non-object body; treating the caller as not human", provider);
            return false;
        }
        JsonNode success = json.get("success");
        if (success == null || !success.isBoolean() || !success.booleanValue()) {
            log.debug("CAPTCHA provider {} rejected the token: error-codes={}", provider, json.get("error-codes"));
            return false;
        }
        JsonNode score = json.get("score");
        if (score == null || score.isNull()) {
            return true;
        }
        if (!score.isNumber()) {
            log.warn("CAPTCHA provider {} answered with a non-numeric score; treating the caller as not human", provider);
            return false;
        }
        if (score.doubleValue() < minScore) {
            log.debug("CAPTCHA provider {} scored {} below the minimum {}", provider, score.doubleValue(), minScore);
            return false;
        }
        return true;
    }

    private static String rootCauseName(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
