package com.weighttracker.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** FR-3.1 team avatar over HTTP: JPEG, PNG or WebP by content, at most 2 MB, through blob storage. */
class TeamAvatarApiTest extends TeamsApiTest {

    @Test
    void setsReadsReplacesAndRemovesTheAvatar() throws Exception {
        var crew = crew("public");
        var avatar = "/v1/teams/" + crew.teamId() + "/avatar";
        assertError(api.get(avatar, crew.member().accessToken()), 404, "NOT_FOUND");
        var image = png(300);

        var team = assertSuccess(api.send(multipart(avatar, crew.admin().accessToken(), "PUT", image)), 200);

        assertThat(team.path("avatarUrl").asString()).isEqualTo(avatar);
        var download = api.send(api.request(avatar, crew.outsider().accessToken()).GET());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        var bytes = java.net.http.HttpClient.newHttpClient().send(api.request(avatar, crew.outsider().accessToken())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(bytes).isEqualTo(image);

        var webp = ("RIFF\u0016\u0000\u0000\u0000WEBPVP8L").getBytes(StandardCharsets.ISO_8859_1);
        assertSuccess(api.send(multipart(avatar, crew.owner().accessToken(), "PUT", webp)), 200);
        assertThat(api.get(avatar, crew.member().accessToken()).header("Content-Type")).isEqualTo("image/webp");

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

        assertInvalidFields(api.send(multipart(avatar, owner.accessToken(), "PUT", gif)), "file");
        assertInvalidFields(api.send(multipart(avatar, owner.accessToken(), "PUT", new byte[0])), "file");
        assertError(api.send(multipart(avatar, owner.accessToken(), "PUT", png(2 * 1024 * 1024 + 1))), 413,
                "PAYLOAD_TOO_LARGE");
        assertSuccess(api.send(multipart(avatar, owner.accessToken(), "PUT", png(2 * 1024 * 1024))), 200);
        assertError(api.send(api.request(avatar, owner.accessToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }
}
