package com.weighttracker.identity.application.port.in;

import com.weighttracker.shared.Rules;
import com.weighttracker.shared.Violations;

/** E-mail and password as typed; a malformed e-mail simply matches no account. */
public record LogInCommand(String email, String password) {

    public static LogInCommand of(String email, String password) {
        var violations = new Violations();
        violations.check("email", () -> Rules.required("email", email));
        violations.check("password", () -> Rules.required("password", password));
        violations.throwIfAny();
        return new LogInCommand(email, password);
    }

    @Override
    public String toString() {
        return "LogInCommand[redacted]";
    }
}
