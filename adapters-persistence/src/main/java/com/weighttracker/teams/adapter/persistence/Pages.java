package com.weighttracker.teams.adapter.persistence;

import java.util.List;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;

/** One page of a table's rows and their total in one round trip, as tracking's lists do. */
final class Pages {

    private Pages() {
    }

    static <R extends TableRecord<R>, T> Page<T> of(DSLContext dsl, Table<R> table, Condition where,
            List<? extends OrderField<?>> order, PageRequest page, Function<R, T> mapper) {
        var total = DSL.field(DSL.selectCount().from(table).where(where)).as("total");
        var rows = dsl.select(table.fields()).select(total).from(table).where(where).orderBy(order)
                .limit(page.limit()).offset(page.offset())
                .fetch();
        var items = rows.map(row -> mapper.apply(row.into(table)));
        var count = !rows.isEmpty() ? rows.get(0).get(total)
                : page.page() == 1 ? 0 : dsl.fetchCount(table, where);
        return new Page<>(items, page, count);
    }
}
