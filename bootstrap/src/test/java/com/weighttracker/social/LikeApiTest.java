package com.weighttracker.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.TestUser;

/** Likes over HTTP: idempotent both ways, also when they arrive at once. */
class LikeApiTest extends SocialApiTest {

    @Test
    void likingTwiceCountsOnceAndUnlikingTwiceChangesNothing() {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = publicPost(anna, "Like me");

        var liked = assertSuccess(put("/v1/posts/" + post + "/like", bob.accessToken()), 200);
        assertThat(liked.path("likeCount").asInt()).isEqualTo(1);
        assertThat(liked.path("likedByMe").asBoolean()).isTrue();
        assertThat(assertSuccess(put("/v1/posts/" + post + "/like", bob.accessToken()), 200).path("likeCount").asInt())
                .isEqualTo(1);

        var unliked = assertSuccess(api.delete("/v1/posts/" + post + "/like", bob.accessToken()), 200);
        assertThat(unliked.path("likeCount").asInt()).isZero();
        assertThat(unliked.path("likedByMe").asBoolean(true)).isFalse();
        assertThat(assertSuccess(api.delete("/v1/posts/" + post + "/like", bob.accessToken()), 200)
                .path("likeCount").asInt()).isZero();
        assertError(put("/v1/posts/" + UUID.randomUUID() + "/like", bob.accessToken()), 404, "NOT_FOUND");
        assertInvalidFields(put("/v1/posts/x/like", bob.accessToken()), "postId");
    }

    @Test
    void concurrentLikesOfOneUserCountOnceAndOfManyUsersCountEach() throws Exception {
        var anna = registerVerified();
        var bob = registerVerified();
        var post = publicPost(anna, "Popular");
        var fans = new ArrayList<TestUser>();
        for (var i = 0; i < 6; i++) {
            fans.add(registerVerified());
        }

        var sameUser = new ArrayList<TestUser>();
        for (var i = 0; i < 8; i++) {
            sameUser.add(bob);
        }
        assertThat(atOnce(post, sameUser)).allMatch(status -> status == 200);
        assertThat(likeCount(post, anna)).isEqualTo(1);

        assertThat(atOnce(post, fans)).allMatch(status -> status == 200);
        assertThat(likeCount(post, anna)).isEqualTo(7);
    }

    private int likeCount(String post, TestUser reader) {
        return assertSuccess(api.get("/v1/posts/" + post, reader.accessToken()), 200).path("likeCount").asInt();
    }

    /** Every user likes the post at the same moment; the statuses. */
    private List<Integer> atOnce(String post, List<TestUser> users) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(users.size());
        try {
            var calls = new ArrayList<Future<Integer>>();
            for (var user : users) {
                Callable<Integer> like = () -> {
                    start.await();
                    return put("/v1/posts/" + post + "/like", user.accessToken()).status();
                };
                calls.add(pool.submit(like));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
