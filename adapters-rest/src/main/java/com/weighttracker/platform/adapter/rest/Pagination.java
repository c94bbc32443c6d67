package com.weighttracker.platform.adapter.rest;

/** The page/limit block of the spec, for lists a client pages through. */
public record Pagination(int page, int limit, int totalPages, long totalItems, boolean hasNext, boolean hasPrev) {

    public static Pagination of(int page, int limit, long totalItems) {
        var totalPages = (int) ((totalItems + limit - 1) / limit);
        return new Pagination(page, limit, totalPages, totalItems, page < totalPages, page > 1);
    }
}
