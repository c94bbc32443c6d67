package com.weighttracker.identity.adapter.rest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.identity.application.port.in.LogInCommand;
import com.weighttracker.identity.application.port.in.LogInUseCase;
import com.weighttracker.identity.application.port.in.LogOutUseCase;
import com.weighttracker.identity.application.port.in.RefreshSessionUseCase;
import com.weighttracker.identity.application.port.in.RegisterAccountCommand;
import com.weighttracker.identity.application.port.in.RegisterAccountUseCase;
import com.weighttracker.identity.application.port.in.ResetPasswordUseCase;
import com.weighttracker.identity.application.port.in.VerifyEmailUseCase;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ClientAddress;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.security.AuthAttemptLimiter;
import com.weighttracker.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping(path = "/v1/auth", produces = "application/json")
@Tag(name = "Authentication", description = "Registration, sessions (access and refresh tokens), e-mail "
        + "verification and password reset.")
class AuthController {

    private final RegisterAccountUseCase register;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final VerifyEmailUseCase verifyEmail;
    private final ResetPasswordUseCase resetPassword;
    private final AuthAttemptLimiter attempts;
    private final IdentityRestMapper mapper;

    AuthController(RegisterAccountUseCase register, LogInUseCase logIn, RefreshSessionUseCase refresh,
            LogOutUseCase logOut, VerifyEmailUseCase verifyEmail, ResetPasswordUseCase resetPassword,
            AuthAttemptLimiter attempts, IdentityRestMapper mapper) {
        this.register = register;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.verifyEmail = verifyEmail;
        this.resetPassword = resetPassword;
        this.attempts = attempts;
        this.mapper = mapper;
    }

    @PostMapping(path = "/register", consumes = "application/json")
    @SecurityRequirements
    @Operation(summary = "Create an account and sign in",
            description = "Sends a verification e-mail. Until it is verified, social features answer 403 "
                    + "EMAIL_NOT_VERIFIED.")
    @ApiResponse(responseCode = "201", description = "Account created")
    @ApiResponse(responseCode = "409",
            description = "E-mail or username taken (CONFLICT)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<IdentityResponses.Session>> register(@RequestBody AuthRequests.Register body,
            HttpServletRequest request) {
        var clientIp = ClientAddress.of(request);
        return attempts.guard("register", clientIp, body.email(), () -> {
            var command = RegisterAccountCommand.of(body.email(), body.username(), body.password(), body.timeZone(),
                    body.captchaToken(), clientIp);
            var session = mapper.toSession(register.register(command));
            return Envelope.created("/v1/users/" + session.user().id(), session);
        });
    }

    @PostMapping(path = "/login", consumes = "application/json")
    @SecurityRequirements
    @Operation(summary = "Sign in with e-mail and password",
            description = "Logging in within 30 days of deleting the account restores it. After 5 failed "
                    + "attempts for one address from one IP, further attempts get 429 for 15 minutes; after 10 "
                    + "for one account from any IPs, so do attempts from IPs it has not signed in from lately.")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "401",
            description = "Wrong e-mail or password (UNAUTHORIZED)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<IdentityResponses.Session> logIn(@RequestBody AuthRequests.LogIn body, HttpServletRequest request) {
        return attempts.guardSignIn(ClientAddress.of(request), body.email(),
                () -> Envelope.ok(mapper.toSession(logIn.logIn(LogInCommand.of(body.email(), body.password())))));
    }

    @PostMapping(path = "/refresh", consumes = "application/json")
    @SecurityRequirements
    @Operation(summary = "Trade a refresh token for a new token pair",
            description = "Each refresh token works once. Presenting a used one again ends the whole session "
                    + "(reuse detection).")
    @ApiResponse(responseCode = "200", description = "New tokens")
    @ApiResponse(responseCode = "401",
            description = "Refresh token unknown, used, revoked or expired (UNAUTHORIZED)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<IdentityResponses.Tokens> refresh(@RequestBody AuthRequests.Refresh body) {
        return Envelope.ok(mapper.toTokens(refresh.refresh(body.refreshToken())));
    }

    @PostMapping(path = "/logout", consumes = "application/json")
    @SecurityRequirements
    @Operation(summary = "End the session a refresh token belongs to")
    @ApiResponse(responseCode = "200", description = "Logged out")
    Envelope<IdentityResponses.Message> logOut(@RequestBody AuthRequests.Refresh body) {
        logOut.logOut(body.refreshToken());
        return message("Logged out.");
    }

    @PostMapping("/logout-all")
    @Operation(summary = "End every session of the signed-in user, on all devices",
            description = "Refresh tokens stop working at once; access tokens already issued expire within "
                    + "15 minutes.")
    @ApiResponse(responseCode = "200", description = "Logged out everywhere")
    Envelope<IdentityResponses.Message> logOutEverywhere(@CurrentUser UserId user) {
        logOut.logOutEverywhere(user);
        return message("Logged out on all devices.");
    }

    @PostMapping(path = "/verify-email", consumes = "application/json")
    @SecurityRequirements
    @Operation(summary = "Verify the e-mail address with the token from the e-mail")
    @ApiResponse(responseCode = "200", description = "Verified")
    Envelope<IdentityResponses.Message> verifyEmail(@RequestBody AuthRequests.EmailToken body,
            HttpServletRequest request) {
        attempts.guard("verify-email", ClientAddress.of(request), null, () -> verifyEmail.verify(body.token()));
        return message("E-mail address verified.");
    }

    @GetMapping("/verify-email")
    @SecurityRequirements
    @Operation(summary = "Verify the e-mail address by following the link in the e-mail")
    @ApiResponse(responseCode = "200", description = "Verified")
    Envelope<IdentityResponses.Message> verifyEmailLink(@RequestParam String token, HttpServletRequest request) {
        attempts.guard("verify-email", ClientAddress.of(request), null, () -> verifyEmail.verify(token));
        return message("E-mail address verified.");
    }

    @PostMapping("/resend-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send the verification e-mail again; earlier links stop working")
    @ApiResponse(responseCode = "202", description = "E-mail on its way")
    @ApiResponse(responseCode = "409",
            description = "Already verified (CONFLICT)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<IdentityResponses.Message> resendVerification(@CurrentUser UserId user) {
        verifyEmail.resendVerification(user);
        return message("Verification e-mail sent.");
    }

    @PostMapping(path = "/forgot-password", consumes = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @SecurityRequirements
    @Operation(summary = "Ask for a password-reset e-mail",
            description = "Always answers the same, whether or not the address has an account. The link is "
                    + "valid for 1 hour and works once.")
    @ApiResponse(responseCode = "202", description = "Request accepted")
    Envelope<IdentityResponses.Message> forgotPassword(@RequestBody AuthRequests.ForgotPassword body,
            HttpServletRequest request) {
        var clientIp = ClientAddress.of(request);
        attempts.guard("forgot-password", clientIp, body.email(),
                () -> resetPassword.requestReset(body.email(), body.captchaToken(), clientIp));
        return message("If the address has an account, a reset link is on its way.");
    }

    @PostMapping(path = "/reset-password", consumes = "application/json")
    @SecurityRequirements
    @Operation(summary = "Set a new password with the token from the reset e-mail",
            description = "Ends every session of the account. The last 3 passwords cannot be reused.")
    @ApiResponse(responseCode = "200", description = "Password changed")
    Envelope<IdentityResponses.Message> resetPassword(@RequestBody AuthRequests.ResetPassword body,
            HttpServletRequest request) {
        attempts.guard("reset-password", ClientAddress.of(request), null,
                () -> resetPassword.reset(body.token(), body.password()));
        return message("Password changed. Please log in with your new password.");
    }

    private static Envelope<IdentityResponses.Message> message(String text) {
        return Envelope.ok(new IdentityResponses.Message(text));
    }
}
