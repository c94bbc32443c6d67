package com.weighttracker.example.application;

import com.weighttracker.example.WelcomeQuery;
import com.weighttracker.example.application.port.in.WelcomeNewMember;
import com.weighttracker.example.application.port.in.WelcomeNewMemberUseCase;
import com.weighttracker.example.application.port.out.Welcomes;
import com.weighttracker.example.domain.Greeting;
import com.weighttracker.example.domain.Welcome;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;

/**
 * Reacts to another context's event through a use case, calls identity's published query, and answers its own
 * published query. An idempotent consumer: a second delivery of the same join finds the welcome and does nothing.
 */
public class WelcomeService implements WelcomeNewMemberUseCase, WelcomeQuery {

    private final Welcomes welcomes;
    private final UserDirectory users;
    private final Transactions transactions;
    private final IdGenerator ids;

    public WelcomeService(Welcomes welcomes, UserDirectory users, Transactions transactions, IdGenerator ids) {
        this.welcomes = welcomes;
        this.users = users;
        this.transactions = transactions;
        this.ids = ids;
    }

    @Override
    public void welcome(WelcomeNewMember command) {
        var name = users.find(command.member()).map(UserFacts::displayName).orElse("new member");
        transactions.inTransaction(() -> {
            if (welcomes.exists(command.teamId(), command.member())) {
                return;
            }
            var welcome = Welcome.greet(new Welcome.WelcomeId(ids.next()), command.teamId(), command.member(),
                    Greeting.forMember(name));
            welcomes.save(welcome); // MemberWelcomed is published at commit (ADR 16): no hand-written publish
        });
    }

    @Override
    public int welcomesOf(UserId member) {
        return welcomes.countOf(member);
    }
}
