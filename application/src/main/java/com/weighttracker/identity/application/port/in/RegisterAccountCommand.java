package com.weighttracker.identity.application.port.in;

import java.time.ZoneId;

import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.PasswordPolicy;
import com.weighttracker.identity.domain.TimeZones;
import com.weighttracker.identity.domain.Username;
import com.weighttracker.shared.Violations;

/** A sign-up; {@link #of} validates every field and reports all mistakes together. */
public record RegisterAccountCommand(EmailAddress email, Username username, String password, ZoneId timeZone,
        String captchaResponse, String clientIp) {

    public static RegisterAccountCommand of(String email, String username, String password, String timeZone,
            String captchaResponse, String clientIp) {
        var violations = new Violations();
        var validEmail = violations.check("email", () -> EmailAddress.of(email));
        var validUsername = violations.check("username", () -> Username.of(username));
        var validPassword = violations.check("password", () -> PasswordPolicy.check("password", password));
        var zone = violations.check("timeZone", () -> TimeZones.parseOrDefault(timeZone, ZoneId.of("UTC")));
        violations.throwIfAny();
        return new RegisterAccountCommand(validEmail, validUsername, validPassword, zone, captchaResponse, clientIp);
    }

    @Override
    public String toString() {
        return "RegisterAccountCommand[username=" + username + "]";
    }
}
