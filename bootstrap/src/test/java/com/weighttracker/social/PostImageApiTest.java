package com.weighttracker.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.TestImages;
import com.weighttracker.support.TestUser;

/** Images on posts through the shared upload component: at most five, readable by the post's readers only. */
class PostImageApiTest extends SocialApiTest {

    @Test
    void aPostTakesFiveImagesAndNoMore() {
        var anna = registerVerified();
        var post = publicPost(anna, "Look at this");

        String url = null;
        for (var i = 0; i < 5; i++) {
            var added = upload(post, anna, TestImages.png(4, 4));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            url = added.header("Location");
        }

        assertError(upload(post, anna, TestImages.png(4, 4)), 409, "TOO_MANY_IMAGES");
        var read = assertSuccess(api.get("/v1/posts/" + post, registerVerified().accessToken()), 200);
        assertThat(read.path("imageUrls")).hasSize(5);
        assertThat(read.path("imageUrls").get(4).asString()).isEqualTo(url);
        var image = api.get(url, registerVerified().accessToken());
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");

        var imageId = url.substring(url.lastIndexOf('/') + 1);
        assertError(api.delete("/v1/posts/" + post + "/images/" + imageId, registerVerified().accessToken()), 404,
                "NOT_FOUND");
        assertSuccess(api.delete("/v1/posts/" + post + "/images/" + imageId, anna.accessToken()), 200);
        assertError(api.get(url, anna.accessToken()), 404, "NOT_FOUND");
        assertThat(upload(post, anna, TestImages.png(4, 4)).status()).isEqualTo(201);
    }

    @Test
    void onlyTheAuthorAddsAndOnlyReadersSeeThem() {
        var crew = crew();
        var post = teamPost(crew.member(), crew.teamId(), "Team picture");
        var added = upload(post, crew.member(), TestImages.png(4, 4));
        var url = added.header("Location");

        assertError(upload(post, crew.owner(), TestImages.png(4, 4)), 404, "NOT_FOUND");
        assertError(upload(post, crew.outsider(), TestImages.png(4, 4)), 404, "NOT_FOUND");
        assertThat(api.get(url, crew.owner().accessToken()).status()).isEqualTo(200);
        assertError(api.get(url, crew.outsider().accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/v1/posts/" + post + "/images/" + UUID.randomUUID(), crew.owner().accessToken()), 404,
                "NOT_FOUND");
        assertInvalidFields(api.get("/v1/posts/" + post + "/images/x", crew.owner().accessToken()), "imageId");
    }

    @Test
    void refusesWhatIsNotAnImage() {
        var anna = registerVerified();
        var post = publicPost(anna, "Broken upload");
        assertInvalidFields(upload(post, anna, "not an image at all".getBytes()), "file");
    }

    private Api.Response upload(String post, TestUser user, byte[] bytes) {
        return api.send(api.request("/v1/posts/" + post + "/images", user.accessToken())
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }
}
