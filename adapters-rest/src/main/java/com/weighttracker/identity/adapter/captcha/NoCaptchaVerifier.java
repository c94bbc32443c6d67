package com.weighttracker.identity.adapter.captcha;

import com.weighttracker.identity.application.port.out.CaptchaVerifier;

/** CAPTCHA turned off ({@code weighttracker.captcha.provider=none}): everyone counts as human. */
final class NoCaptchaVerifier implements CaptchaVerifier {

    @Override
    public boolean isHuman(String response, String clientIp) {
        return true;
    }
}
