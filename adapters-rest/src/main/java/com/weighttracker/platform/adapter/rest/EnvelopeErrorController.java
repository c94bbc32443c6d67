package com.weighttracker.platform.adapter.rest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors that never reached a controller (the servlet container's own) still get the envelope,
 * never a white-label page or a stack trace.
 */
@Hidden
@RestController
class EnvelopeErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ErrorResponse> error(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // asked for directly, not forwarded by the container after an error: there is no such resource
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorResponse.of("NOT_FOUND", "No such resource."));
        }
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        var body = status.is5xxServerError()
                ? ErrorResponse.of("INTERNAL_ERROR", "Something went wrong on our side. Please try again later.")
                : ErrorResponse.of(status == HttpStatus.NOT_FOUND ? "NOT_FOUND" : status.name(),
                        status.getReasonPhrase());
        return ResponseEntity.status(status).body(body);
    }
}
