package com.weighttracker.platform;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/** Test-only: an answer larger than the sockets' buffers, so a client that hangs up is noticed while writing. */
@Hidden
@RestController
class LargeDownloadProbeController {

    static final String PATH = "/v1/test/large-download";

    @GetMapping(PATH)
    ResponseEntity<byte[]> download() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(new byte[64 * 1024 * 1024]);
    }
}
