package com.weighttracker.platform.adapter.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weighttracker.shared.Page;

/** The success envelope: {@code {success, data, meta}}, plus {@code pagination} for page/limit lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, T data, Pagination pagination, Meta meta) {

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(true, data, null, Meta.now());
    }

    /** A page of a list: the items as {@code data}, and the spec's {@code pagination} block. */
    public static <T> ApiResponse<List<T>> page(Page<T> page) {
        return new ApiResponse<>(true, page.items(),
                Pagination.of(page.request().page(), page.request().limit(), page.totalItems()), Meta.now());
    }
}
