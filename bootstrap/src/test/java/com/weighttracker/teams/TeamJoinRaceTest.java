package com.weighttracker.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.TestUser;

/** The member limit under concurrency: of many joins racing for the last seats, exactly as many as fit win. */
class TeamJoinRaceTest extends TeamsApiTest {

    private static final int LIMIT = 5;
    private static final int JOINERS = 16;

    @Test
    void exactlyTheFreeSeatsAreTakenWhenManyJoinAtOnce() throws Exception {
        var owner = registerVerified();
        var teamId = createTeam(owner, "public", LIMIT);
        var joiners = IntStream.range(0, JOINERS).mapToObj(i -> registerVerified()).toList();

        var start = new CountDownLatch(1);
        var statuses = new ArrayList<Api.Response>();
        var pool = Executors.newFixedThreadPool(JOINERS);
        try {
            var futures = new ArrayList<Future<Api.Response>>();
            for (TestUser joiner : joiners) {
                Callable<Api.Response> join = () -> {
                    start.await();
                    return api.post("/v1/teams/" + teamId + "/join", "", joiner.accessToken());
                };
                futures.add(pool.submit(join));
            }
            start.countDown();
            for (var future : futures) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        var joined = statuses.stream().filter(response -> response.status() == 200).count();
        assertThat(joined).as(statuses.toString()).isEqualTo(LIMIT - 1);
        statuses.stream().filter(response -> response.status() != 200)
                .forEach(response -> assertError(response, 409, "TEAM_FULL"));
        var team = assertSuccess(api.get("/v1/teams/" + teamId, owner.accessToken()), 200);
        assertThat(team.path("memberCount").asInt()).isEqualTo(LIMIT);
        var members = api.get("/v1/teams/" + teamId + "/members?limit=100", owner.accessToken());
        assertThat(members.body().path("pagination").path("totalItems").asInt()).isEqualTo(LIMIT);
    }
}
