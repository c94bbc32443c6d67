package com.weighttracker.platform.adapter.rest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's IP address. Behind a proxy, set {@code server.forward-headers-strategy=native}
 * so the container applies X-Forwarded-For from trusted proxies only; we never parse it ourselves.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
