package com.weighttracker.social.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.social.Blocks;
import com.weighttracker.social.application.port.in.BlockUsersUseCase;
import com.weighttracker.social.application.port.in.BlockView;
import com.weighttracker.social.application.port.out.BlockRepository;
import com.weighttracker.social.domain.SocialRejections.CannotBlockSelf;
import com.weighttracker.social.domain.SocialRejections.UserNotFound;

/** Blocking (FR-4.1.4), and the published {@link Blocks} query messaging asks. */
public final class BlockService implements BlockUsersUseCase, Blocks {

    private final BlockRepository blocks;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public BlockService(BlockRepository blocks, UserDirectory users, Transactions transactions, Clock clock) {
        this.blocks = blocks;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public BlockView block(UserId blocker, UUID userId) {
        var blocked = new UserId(userId);
        if (blocked.equals(blocker)) {
            throw new CannotBlockSelf();
        }
        var facts = users.find(blocked).orElseThrow(UserNotFound::new);
        var block = transactions.inTransaction(
                () -> blocks.add(blocker, blocked, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return new BlockView(userId, facts.username(), facts.displayName(), block.blockedAt());
    }

    @Override
    public void unblock(UserId blocker, UUID userId) {
        transactions.inTransaction(() -> blocks.remove(blocker, new UserId(userId)));
    }

    @Override
    public Page<BlockView> blocks(UserId blocker, PageRequest page) {
        var found = blocks.of(blocker, page);
        var facts = users.findAll(found.items().stream().map(block -> new UserId(block.userId())).toList());
        return found.map(block -> {
            var known = facts.get(new UserId(block.userId()));
            return new BlockView(block.userId(), known == null ? null : known.username(),
                    known == null ? null : known.displayName(), block.blockedAt());
        });
    }

    @Override
    public boolean eitherBlocked(UserId a, UserId b) {
        return blocks.eitherBlocked(a, b);
    }
}
