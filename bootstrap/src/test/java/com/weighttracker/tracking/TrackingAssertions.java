package com.weighttracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.weighttracker.support.Api;

import tools.jackson.databind.JsonNode;

/** Envelope assertions for the tracking API tests. */
final class TrackingAssertions {

    private TrackingAssertions() {
    }

    /** A success envelope with that status; returns its data. */
    static JsonNode assertSuccess(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").asBoolean(false)).as(response.toString()).isTrue();
        assertThat(response.body().has("error")).as(response.toString()).isFalse();
        assertThat(response.body().path("meta").path("requestId").asString()).as(response.toString()).isNotBlank();
        return response.data();
    }

    /** An error envelope with that status and code; returns the error. */
    static JsonNode assertError(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().path("success").isBoolean()).as(response.toString()).isTrue();
        assertThat(response.body().path("success").asBoolean(true)).as(response.toString()).isFalse();
        assertThat(response.body().has("data")).as(response.toString()).isFalse();
        assertThat(response.error().path("code").asString()).as(response.toString()).isEqualTo(code);
        assertThat(response.error().path("message").asString()).as(response.toString()).isNotBlank();
        assertThat(response.error().path("details").isArray()).as(response.toString()).isTrue();
        assertThat(response.body().path("meta").path("requestId").asString()).as(response.toString()).isNotBlank();
        return response.error();
    }

    /** A 400 VALIDATION_ERROR naming exactly these fields; returns the first detail's message. */
    static String assertInvalidFields(Api.Response response, String... fields) {
        var error = assertError(response, 400, "VALIDATION_ERROR");
        assertThat(fields(error)).as(response.toString()).containsExactly(fields);
        var message = error.path("details").get(0).path("message").asString();
        assertThat(message).as(response.toString()).isNotBlank();
        return message;
    }

    static List<String> fields(JsonNode error) {
        var fields = new ArrayList<String>();
        error.path("details").forEach(detail -> fields.add(detail.path("field").asString()));
        return fields;
    }

    static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
