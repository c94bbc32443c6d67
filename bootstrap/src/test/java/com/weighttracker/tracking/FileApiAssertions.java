package com.weighttracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.weighttracker.support.Api;

import tools.jackson.databind.JsonNode;

/** Envelope assertions and list reading shared by the import and export API tests. */
final class FileApiAssertions {

    private FileApiAssertions() {
    }

    /** A success envelope with that status; returns its data. */
    static JsonNode assertSuccess(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(false)).as(response.toString()).isTrue();
        assertThat(response.body().path("meta").path("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
        return response.data();
    }

    /** An error envelope with that status and code; returns the error. */
    static JsonNode assertError(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(true)).as(response.toString()).isFalse();
        assertThat(response.error().path("code").asString()).as(response.toString()).isEqualTo(code);
        assertThat(response.error().path("message").asString()).as(response.toString()).isNotBlank();
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("at com.");
        return response.error();
    }

    /** A 400 about the uploaded file; returns what it says is wrong. */
    static String assertFileRefused(Api.Response response) {
        var error = assertError(response, 400, "VALIDATION_ERROR");
        assertThat(error.path("details").get(0).path("field").asString()).as(response.toString()).isEqualTo("file");
        return error.path("details").get(0).path("message").asString();
    }

    /** Every weigh-in of the user, oldest first (at most 100). */
    static List<JsonNode> entriesOf(Api api, String token) {
        var response = api.get("/v1/weight-entries?order=asc&limit=100", token);
        var entries = new ArrayList<JsonNode>();
        assertSuccess(response, 200).forEach(entries::add);
        return entries;
    }
}
