package com.weighttracker.teams.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

import com.weighttracker.platform.adapter.persistence.PersistenceTestDatabase;
import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.domain.JoinRequest;
import com.weighttracker.teams.domain.JoinRequestId;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.Team;
import com.weighttracker.teams.domain.TeamId;

/** A requester's own join requests against the real schema: order, status filter, withdrawal, and the index. */
class JooqJoinRequestRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    private final DSLContext dsl = PersistenceTestDatabase.dsl();
    private final JooqJoinRequestRepository requests = new JooqJoinRequestRepository(dsl);

    @Test
    void listsTheUsersRequestsNewestFirstInThatStatus() {
        var bob = newUser();
        var first = ask(privateTeam(), bob, T0);
        var second = ask(privateTeam(), bob, T0.plusSeconds(60));
        var third = ask(privateTeam(), bob, T0.plusSeconds(120));
        ask(first.teamId(), newUser(), T0.plusSeconds(180));
        second.withdraw(bob, T0.plusSeconds(200));
        requests.update(second);

        var all = requests.ofUser(bob, null, PageRequest.of(1, 2));

        assertThat(all.items()).extracting(JoinRequest::getId).containsExactly(third.getId(), second.getId());
        assertThat(all.totalItems()).isEqualTo(3);
        assertThat(requests.ofUser(bob, null, PageRequest.of(2, 2)).items()).extracting(JoinRequest::getId)
                .containsExactly(first.getId());
        assertThat(requests.ofUser(bob, JoinRequest.Status.PENDING, PageRequest.of(1, 20)).items())
                .extracting(JoinRequest::getId).containsExactly(third.getId(), first.getId());
        var withdrawn = requests.ofUser(bob, JoinRequest.Status.WITHDRAWN, PageRequest.of(1, 20)).items();
        assertThat(withdrawn).singleElement().satisfies(request -> {
            assertThat(request.decidedAt()).contains(T0.plusSeconds(200));
            assertThat(request.decidedBy()).contains(bob);
        });
    }

    @Test
    void aWithdrawnRequestLeavesRoomForANewPendingOneButNotForTwo() {
        var bob = newUser();
        var team = privateTeam();
        var withdrawn = ask(team, bob, T0);
        withdrawn.withdraw(bob, T0.plusSeconds(1));
        requests.update(withdrawn);

        ask(team, bob, T0.plusSeconds(2));

        assertThatExceptionOfType(InConflict.class).isThrownBy(() -> ask(team, bob, T0.plusSeconds(3)));
        assertThat(requests.ofUser(bob, null, PageRequest.of(1, 20)).totalItems()).isEqualTo(2);
    }

    @Test
    void theUsersListReadsJoinRequestsUserIdxBackwardsWithoutSortingAndCountsThroughAnIndex() {
        var bob = newUser();
        for (var i = 0; i < 5; i++) {
            ask(privateTeam(), bob, T0.plusSeconds(i));
        }
        for (var status : new JoinRequest.Status[] { null, JoinRequest.Status.PENDING }) {
            var plans = plansOf(recording -> new JooqJoinRequestRepository(recording).ofUser(bob, status,
                    PageRequest.of(1, 20)));

            assertThat(plans.get(0)).as(String.valueOf(status))
                    .containsPattern("Index Scan Backward using join_requests_user_idx on join_requests")
                    .doesNotContain("Sort")
                    .as(status + ": the total counts through an index too (a count of pending may use the pending one)")
                    .containsPattern("InitPlan[\\s\\S]*Index (Only )?Scan using join_requests_\\w+ on join_requests");
        }
    }

    private JoinRequest ask(TeamId team, UserId user, Instant at) {
        var request = JoinRequest.submit(new JoinRequestId(UUID.randomUUID()), team, user, null, at);
        requests.add(request);
        return request;
    }

    private TeamId privateTeam() {
        var owner = newUser();
        var team = Team.found(new TeamId(UUID.randomUUID()), "Requests " + UUID.randomUUID().toString().substring(0, 8),
                null, TeamVisibility.PRIVATE, null, owner, T0);
        new JooqTeamRepository(dsl).add(team, Membership.founder(team.getId(), owner, T0));
        return team.getId();
    }

    private static UserId newUser() {
        return new UserId(UUID.randomUUID());
    }

    /** Runs {@code work} against a jOOQ that records the statements it sends, and explains each with index scans only. */
    private List<String> plansOf(java.util.function.Consumer<DSLContext> work) {
        var sent = new ArrayList<Query>();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                sent.add(ctx.query());
            }
        };
        work.accept(DSL.using(dsl.configuration().derive(new DefaultExecuteListenerProvider(recorder))));
        assertThat(sent).as("statements sent").isNotEmpty().doesNotContainNull();
        return sent.stream().map(query -> dsl.connectionResult(connection -> {
            var session = DSL.using(connection, SQLDialect.POSTGRES);
            session.execute("set enable_seqscan = off");
            session.execute("set enable_bitmapscan = off");
            try {
                return String.join("\n",
                        session.fetch("explain " + session.renderInlined(query)).getValues(0, String.class));
            } finally {
                session.execute("reset enable_seqscan");
                session.execute("reset enable_bitmapscan");
            }
        })).toList();
    }
}
