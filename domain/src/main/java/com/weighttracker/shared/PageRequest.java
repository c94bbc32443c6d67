package com.weighttracker.shared;

/** Page/limit pagination: pages start at 1, at most {@value #MAX_LIMIT} items per page. */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        Rules.check(page >= 1, "page", "page must be 1 or more");
        Rules.check(limit >= 1 && limit <= MAX_LIMIT, "limit", "limit must be between 1 and " + MAX_LIMIT);
    }

    public static PageRequest of(Integer page, Integer limit) {
        var violations = new Violations();
        var request = violations.check("page", () -> new PageRequest(page == null ? 1 : page,
                limit == null ? DEFAULT_LIMIT : limit));
        violations.throwIfAny();
        return request;
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
