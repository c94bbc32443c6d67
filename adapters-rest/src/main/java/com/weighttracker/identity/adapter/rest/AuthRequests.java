package com.weighttracker.identity.adapter.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of /v1/auth. Their values are validated by the use cases' commands. */
final class AuthRequests {

    private AuthRequests() {
    }

    record Register(
            @Schema(example = "anna@example.org", requiredMode = Schema.RequiredMode.REQUIRED) String email,
            @Schema(example = "anna_runs", description = "3-20 letters, digits or underscore",
                    requiredMode = Schema.RequiredMode.REQUIRED) String username,
            @Schema(example = "Secret123", description = "at least 8 characters with upper, lower case and a digit",
                    requiredMode = Schema.RequiredMode.REQUIRED) String password,
            @Schema(example = "Europe/Berlin", description = "IANA time zone; UTC when absent") String timeZone,
            @Schema(description = "CAPTCHA widget response, when CAPTCHA is enabled") String captchaToken) {

        @Override
        public String toString() {
            return "Register[redacted]";
        }
    }

    record LogIn(@Schema(example = "anna@example.org", requiredMode = Schema.RequiredMode.REQUIRED) String email,
            @Schema(example = "Secret123", requiredMode = Schema.RequiredMode.REQUIRED) String password) {

        @Override
        public String toString() {
            return "LogIn[redacted]";
        }
    }

    record Refresh(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String refreshToken) {

        @Override
        public String toString() {
            return "Refresh[redacted]";
        }
    }

    record EmailToken(@Schema(description = "the token from the e-mail link",
            requiredMode = Schema.RequiredMode.REQUIRED) String token) {
    }

    record ForgotPassword(@Schema(example = "anna@example.org", requiredMode = Schema.RequiredMode.REQUIRED) String email,
            @Schema(description = "CAPTCHA widget response, when CAPTCHA is enabled") String captchaToken) {
    }

    record ResetPassword(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String token,
            @Schema(example = "NewSecret456", requiredMode = Schema.RequiredMode.REQUIRED) String password) {

        @Override
        public String toString() {
            return "ResetPassword[redacted]";
        }
    }

    record ChangePassword(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword,
            @Schema(example = "NewSecret456", requiredMode = Schema.RequiredMode.REQUIRED) String newPassword) {

        @Override
        public String toString() {
            return "ChangePassword[redacted]";
        }
    }
}
