package com.weighttracker.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.ImageFormat;
import com.weighttracker.support.TestImages;

/** FR-3.1 team avatar over HTTP: JPEG, PNG or WebP by content, at most 2 MB, decoded and re-encoded (ADR 10). */
class TeamAvatarApiTest extends TeamsApiTest {

    @Test
    void setsReadsReplacesAndRemovesTheAvatar() {
        var crew = crew("public");
        var avatar = "/v1/teams/" + crew.teamId() + "/avatar";
        assertError(api.get(avatar, crew.member().accessToken()), 404, "NOT_FOUND");
        var image = TestImages.png(30, 20);

        var team = assertSuccess(api.send(multipart(avatar, crew.admin().accessToken(), "PUT", image)), 200);

        assertThat(team.path("avatarUrl").asString()).isEqualTo(avatar);
        var download = TestImages.download(api, avatar, crew.outsider().accessToken());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("private", "no-cache"));
        assertThat(TestImages.read(download.body()).getWidth()).isEqualTo(30);
        var etag = download.headers().firstValue("ETag").orElseThrow();
        assertThat(TestImages.download(api, avatar, crew.member().accessToken(), "If-None-Match", etag).statusCode())
                .isEqualTo(304);

        assertSuccess(api.send(multipart(avatar, crew.owner().accessToken(), "PUT", TestImages.WEBP_LOSSLESS)), 200);
        var replaced = TestImages.download(api, avatar, crew.member().accessToken(), "If-None-Match", etag);
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(ImageFormat.detect(replaced.body()).map(ImageFormat::mediaType))
                .isEqualTo(replaced.headers().firstValue("Content-Type"));

        assertSuccess(api.delete(avatar, crew.owner().accessToken()), 200);
        assertError(api.get(avatar, crew.member().accessToken()), 404, "NOT_FOUND");
        assertThat(assertSuccess(api.get("/v1/teams/" + crew.teamId(), crew.owner().accessToken()), 200)
                .path("avatarUrl").isNull()).isTrue();
    }

    @Test
    void refusesWhatIsNoImageOrTooLarge() {
        var owner = registerVerified();
        var avatar = "/v1/teams/" + createTeam(owner, "public", null) + "/avatar";
        var gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        // a real JPEG padded after its end: decodes like the JPEG, weighs what the padding makes it
        var jpeg = TestImages.jpeg(8, 8);

        assertInvalidFields(api.send(multipart(avatar, owner.accessToken(), "PUT", gif)), "file");
        assertInvalidFields(api.send(multipart(avatar, owner.accessToken(), "PUT", new byte[0])), "file");
        assertError(api.send(multipart(avatar, owner.accessToken(), "PUT", Arrays.copyOf(jpeg, 2 * 1024 * 1024 + 1))),
                413, "PAYLOAD_TOO_LARGE");
        assertSuccess(api.send(multipart(avatar, owner.accessToken(), "PUT", Arrays.copyOf(jpeg, 2 * 1024 * 1024))),
                200);
        assertError(api.send(api.request(avatar, owner.accessToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void takesTheImageAsTheRequestBodyToo() {
        var owner = registerVerified();
        var avatar = "/v1/teams/" + createTeam(owner, "public", null) + "/avatar";

        assertSuccess(api.send(api.request(avatar, owner.accessToken()).header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(TestImages.jpeg(12, 12)))), 200);

        assertThat(TestImages.read(TestImages.download(api, avatar, owner.accessToken()).body()).getHeight())
                .isEqualTo(12);
    }
}
