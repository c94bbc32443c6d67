package com.weighttracker.platform.adapter.rest;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weighttracker.shared.Page;

/** The success envelope: {@code {success, data, meta}}, plus {@code pagination} for page/limit lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope<T>(boolean success, T data, Pagination pagination, Meta meta) {

    public static <T> Envelope<T> ok(T data) {
        return new Envelope<>(true, data, null, Meta.now());
    }

    /**
     * A 201 Created: {@code data} in the envelope and the created resource's path (from the API's
     * origin, e.g. {@code /v1/teams/…}) in the Location header. Every creating endpoint answers so.
     */
    public static <T> ResponseEntity<Envelope<T>> created(String location, T data) {
        return ResponseEntity.created(URI.create(location)).body(ok(data));
    }

    /** A page of a list: the items as {@code data}, and the spec's {@code pagination} block. */
    public static <T> Envelope<List<T>> page(Page<T> page) {
        return new Envelope<>(true, page.items(),
                Pagination.of(page.request().page(), page.request().limit(), page.totalItems()), Meta.now());
    }
}
