package com.weighttracker.platform.adapter.rest;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/** The id of the request being served, as echoed in {@code X-Request-Id}, {@code meta} and every log line. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    // a client's id is kept only if it cannot smuggle anything into logs or headers
    private static final Pattern ACCEPTABLE = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    private RequestIds() {
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }

    static String acceptOrGenerate(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return "req_" + UUID.randomUUID().toString().replace("-", "");
    }
}
