package com.weighttracker.platform.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The success envelope: {@code {success, data, meta}}, plus {@code pagination} for page/limit lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, T data, Pagination pagination, Meta meta) {

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(true, data, null, Meta.now());
    }
}
