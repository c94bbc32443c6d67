package com.weighttracker.platform;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Test-only stand-in for a social endpoint (posting, messaging, joining a team) until those
 * contexts exist, so the verified-e-mail rule is proven through real HTTP now.
 */
@Hidden
@RestController
class SocialActionProbeController {

    @RequiresVerifiedEmail
    @PostMapping("/v1/test/social-action")
    Envelope<Map<String, Boolean>> act() {
        return Envelope.ok(Map.of("done", true));
    }
}
