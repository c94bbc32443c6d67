package com.weighttracker.social;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.application.port.out.UserFactsCache;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.in.FeedPage;
import com.weighttracker.social.application.port.in.FeedRequest;
import com.weighttracker.social.application.port.in.FeedScope;
import com.weighttracker.social.application.port.in.ReadFeedUseCase;
import com.weighttracker.support.TestUser;
import com.weighttracker.teams.application.port.out.MemberTeamsCache;

/**
 * A feed page costs the same few SQL statements whether it holds 3 posts or 60 by 20 authors (no
 * N+1): every statement jOOQ sends on the test's thread is counted while the use case reads a page.
 * With the authors' facts and the reader's teams kept (ADR 20) a page is its one statement; with
 * nothing kept, one more for all authors and one for the reader's teams.
 */
class FeedQueryCountTest extends SocialApiTest {

    @Autowired
    private ReadFeedUseCase feeds;

    @Autowired
    private Configuration jooq;

    @Autowired
    private UserFactsCache authorFacts;

    @Autowired
    private MemberTeamsCache memberTeams;

    @Test
    void aFeedPageCostsAConstantNumberOfStatements() {
        var crew = crew();
        var tag = unique("count");
        var authors = new ArrayList<TestUser>();
        for (var i = 0; i < 20; i++) {
            authors.add(i < 3 ? List.of(crew.owner(), crew.moderator(), crew.member()).get(i) : registerVerified());
        }
        for (var i = 0; i < 60; i++) {
            var author = authors.get(i % authors.size());
            var post = i < 3 ? body("content", "team " + i, "tags", List.of(tag), "visibility", "team", "teamId",
                    crew.teamId()) : body("content", "post " + i, "tags", List.of(tag));
            var id = publish(author, post).path("id").asString();
            if (i % 3 == 0) {
                assertSuccess(put("/v1/posts/" + id + "/like", crew.owner().accessToken()), 200);
            }
        }
        var reader = new UserId(UUID.fromString(crew.owner().id()));
        var teamId = UUID.fromString(crew.teamId());
        statements(() -> feeds.feed(reader, new FeedRequest(FeedScope.PUBLIC, null, null, tag, 3, null)));
        // nothing kept: the authors' facts and the reader's teams are read (publishing kept the authors)
        authors.forEach(author -> authorFacts.evict(new UserId(UUID.fromString(author.id()))));
        memberTeams.evict(reader);

        var cold = statements(() -> feeds.feed(reader, new FeedRequest(FeedScope.PUBLIC, null, null, tag, 60, null)));
        var coldTeam = statements(() -> feeds.feed(reader, new FeedRequest(FeedScope.TEAM, null, null, tag, 60, null)));
        var small = statements(() -> feeds.feed(reader, new FeedRequest(FeedScope.PUBLIC, null, null, tag, 3, null)));
        var large = statements(() -> feeds.feed(reader, new FeedRequest(FeedScope.PUBLIC, null, null, tag, 60, null)));
        var team = statements(() -> feeds.feed(reader, new FeedRequest(FeedScope.TEAM, null, null, tag, 60, null)));
        var oneTeam = statements(() -> feeds.feed(reader, new FeedRequest(FeedScope.TEAM, teamId, null, tag, 60, null)));

        assertThat(small.page().items()).hasSize(3);
        assertThat(large.page().items()).hasSize(57);
        assertThat(cold.page().items()).hasSize(57);
        // every third post was liked by the reader: 19 of the 57 public ones, 1 of the 3 team ones
        assertThat(large.page().items()).filteredOn(item -> item.likedByMe()).hasSize(19);
        assertThat(team.page().items()).filteredOn(item -> item.likedByMe()).hasSize(1);
        assertThat(large.page().items()).allSatisfy(item -> assertThat(item.author().username()).isNotBlank());
        assertThat(team.page().items()).hasSize(3);
        assertThat(oneTeam.page().items()).hasSize(3);
        // nothing kept: the page (which also reads the reader's likes of its posts) and all 20 authors in
        // one; the likes were a statement of their own until the page's scan probed them (ADR 20)
        assertThat(cold.count()).as("statements for 57 posts by 20 authors, none kept").isEqualTo(2);
        // and teams' answer which teams the reader is in
        assertThat(coldTeam.count()).as("team page, the reader's teams not kept").isEqualTo(2);
        // kept authors' facts and teams (ADR 20): the page alone, whatever its size
        assertThat(large.count()).as("statements for 57 posts by 20 kept authors").isEqualTo(small.count())
                .isEqualTo(1);
        assertThat(team.count()).as("team page, the reader's teams kept").isEqualTo(1);
        // one named team: teams' answer whether the reader is in it (not kept), then the page
        assertThat(oneTeam.count()).isEqualTo(2);
    }

    private record Counted(FeedPage page, int count) {
    }

    /** Runs {@code read} while counting the statements jOOQ sends on this thread. */
    private Counted statements(Supplier<FeedPage> read) {
        var thread = Thread.currentThread();
        var count = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                if (Thread.currentThread() == thread) {
                    count.incrementAndGet();
                }
            }
        };
        var before = jooq.executeListenerProviders();
        var with = Arrays.copyOf(before, before.length + 1, ExecuteListenerProvider[].class);
        with[before.length] = new DefaultExecuteListenerProvider(counter);
        jooq.set(with);
        try {
            var page = read.get();
            return new Counted(page, count.get());
        } finally {
            jooq.set(before);
        }
    }
}
