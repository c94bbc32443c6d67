package com.weighttracker.teams.application;

import java.time.Instant;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.application.port.in.DepartingMembersUseCase;
import com.weighttracker.teams.application.port.out.MemberRepository;

public final class DepartingMembersService implements DepartingMembersUseCase {

    private final MemberRepository members;
    private final Transactions transactions;

    public DepartingMembersService(MemberRepository members, Transactions transactions) {
        this.members = members;
        this.transactions = transactions;
    }

    @Override
    public void departing(UserId userId, Instant since) {
        transactions.inTransaction(() -> members.markDeparting(userId, since));
    }

    @Override
    public void stayed(UserId userId, Instant at) {
        transactions.inTransaction(() -> members.unmarkDeparting(userId, at));
    }
}
