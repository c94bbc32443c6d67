package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.BLOCKS;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.out.BlockRepository;

@Repository
class JooqBlockRepository implements BlockRepository {

    private final DSLContext dsl;

    JooqBlockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Block add(UserId blocker, UserId blocked, Instant at) {
        dsl.insertInto(BLOCKS)
                .set(BLOCKS.BLOCKER_ID, blocker.value())
                .set(BLOCKS.BLOCKED_ID, blocked.value())
                .set(BLOCKS.CREATED_AT, at)
                .onConflictDoNothing()
                .execute();
        return dsl.select(BLOCKS.BLOCKED_ID, BLOCKS.CREATED_AT).from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(blocker.value()), BLOCKS.BLOCKED_ID.eq(blocked.value()))
                .fetchSingle(row -> new Block(row.value1(), row.value2()));
    }

    @Override
    public void remove(UserId blocker, UserId blocked) {
        dsl.deleteFrom(BLOCKS).where(BLOCKS.BLOCKER_ID.eq(blocker.value()), BLOCKS.BLOCKED_ID.eq(blocked.value()))
                .execute();
    }

    @Override
    public boolean blocked(UserId blocker, UserId blocked) {
        return dsl.fetchExists(BLOCKS, BLOCKS.BLOCKER_ID.eq(blocker.value()), BLOCKS.BLOCKED_ID.eq(blocked.value()));
    }

    @Override
    public boolean eitherBlocked(UserId a, UserId b) {
        return dsl.fetchExists(BLOCKS,
                BLOCKS.BLOCKER_ID.eq(a.value()).and(BLOCKS.BLOCKED_ID.eq(b.value()))
                        .or(BLOCKS.BLOCKER_ID.eq(b.value()).and(BLOCKS.BLOCKED_ID.eq(a.value()))));
    }

    @Override
    public Page<Block> of(UserId blocker, PageRequest page) {
        var where = BLOCKS.BLOCKER_ID.eq(blocker.value());
        var total = dsl.fetchCount(BLOCKS, where);
        var items = dsl.select(BLOCKS.BLOCKED_ID, BLOCKS.CREATED_AT).from(BLOCKS).where(where)
                .orderBy(BLOCKS.CREATED_AT.desc(), BLOCKS.BLOCKED_ID.asc())
                .limit(page.limit()).offset(page.offset())
                .fetch(row -> new Block(row.value1(), row.value2()));
        return new Page<>(items, page, total);
    }
}
