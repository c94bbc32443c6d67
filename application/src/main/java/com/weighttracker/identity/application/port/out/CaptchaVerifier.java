package com.weighttracker.identity.application.port.out;

/** Tells humans from bots on the anonymous forms (register, forgot password). */
public interface CaptchaVerifier {

    /**
     * @param response the token the client's CAPTCHA widget produced, may be null
     * @param clientIp the caller's address, passed on to the provider
     */
    boolean isHuman(String response, String clientIp);
}
