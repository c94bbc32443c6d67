package com.weighttracker.shared;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static com.weighttracker.shared.Rejections.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.Rejection.FieldError;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        var request = PageRequest.of(null, null);

        assertThat(request).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_LIMIT));
        assertThat(request.limit()).isEqualTo(20);
        assertThat(request.offset()).isZero();
    }

    @Test
    void offsetSkipsThePreviousPages() {
        assertThat(PageRequest.of(3, 25).offset()).isEqualTo(50);
    }

    @Test
    void offsetOfAHugePageDoesNotOverflow() {
        assertThat(new PageRequest(Integer.MAX_VALUE, 100).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 100);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 20, 100 })
    void acceptsLimitsFromOneToOneHundred(int limit) {
        assertThat(PageRequest.of(1, limit).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, 101, Integer.MAX_VALUE })
    void rejectsALimitOutsideOneToOneHundred(int limit) {
        assertThat(fieldErrorsOf(() -> PageRequest.of(2, limit)))
                .containsExactly(new FieldError("limit", "limit must be between 1 and 100"));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, Integer.MIN_VALUE })
    void rejectsAPageBelowOne(int page) {
        assertThat(fieldErrorsOf(() -> PageRequest.of(page, 20)))
                .containsExactly(new FieldError("page", "page must be 1 or more"));
    }

    @Test
    void pageMapsItsItemsAndKeepsTheRequestAndTotal() {
        var page = new Page<>(List.of(1, 2), PageRequest.of(2, 2), 5);

        var mapped = page.map(n -> "#" + n);

        assertThat(mapped.items()).containsExactly("#1", "#2");
        assertThat(mapped.request()).isEqualTo(new PageRequest(2, 2));
        assertThat(mapped.totalItems()).isEqualTo(5);
        assertThat(fieldsOf(() -> new PageRequest(0, 0))).containsExactly("page");
    }
}
