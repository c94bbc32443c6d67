package com.weighttracker.platform;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

/** Every 201 names the created resource's URL in its Location header, and that URL answers. */
class CreatedResourceLocationApiTest extends IntegrationTest {

    @Test
    void registeringPointsAtTheNewUser() {
        var response = api.post("/v1/auth/register", body("email", "located_" + UUID.randomUUID() + "@example.org",
                "username", "loc_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36), "password", PASSWORD),
                null);

        assertLocation(response, "/v1/users/" + response.data().path("user").path("id").asString(),
                response.data().path("accessToken").asString());
    }

    @Test
    void loggingAWeighInPointsAtTheEntry() {
        var user = register();

        var response = api.post("/v1/weight-entries", body("weight", 80), user.accessToken());

        assertLocation(response, "/v1/weight-entries/" + response.data().path("id").asString(), user.accessToken());
    }

    @Test
    void attachingAPhotoPointsAtThePhoto() throws IOException {
        var user = register();
        var entry = api.post("/v1/weight-entries", body("weight", 80), user.accessToken()).data().path("id").asString();

        var response = api.send(multipart("/v1/weight-entries/" + entry + "/photos", user.accessToken(), jpeg()));

        assertLocation(response, "/v1/weight-entries/" + entry + "/photos/" + response.data().path("id").asString(),
                user.accessToken());
    }

    @Test
    void creatingATeamAnInviteCodeAndAJoinRequestPointsAtEach() {
        var owner = registerVerified();
        var team = api.post("/v1/teams", body("name", "Located " + System.nanoTime() % 100000, "visibility", "private"),
                owner.accessToken());
        var teamId = team.data().path("id").asString();
        assertLocation(team, "/v1/teams/" + teamId, owner.accessToken());

        var code = api.post("/v1/teams/" + teamId + "/invite-codes", body(), owner.accessToken());
        assertThat(code.status()).as(code.toString()).isEqualTo(201);
        assertThat(code.header("Location"))
                .isEqualTo("/v1/teams/" + teamId + "/invite-codes/" + code.data().path("code").asString());

        var asker = registerVerified();
        var request = api.post("/v1/teams/" + teamId + "/join-requests", body("message", "hi"), asker.accessToken());
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        assertThat(request.header("Location"))
                .isEqualTo("/v1/teams/" + teamId + "/join-requests/" + request.data().path("id").asString());
    }

    private void assertLocation(Api.Response created, String expected, String token) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(expected);
        assertThat(api.get(expected, token).status()).isEqualTo(200);
    }

    private HttpRequest.Builder multipart(String path, String token, byte[] content) {
        var boundary = "----located-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static byte[] jpeg() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }
}
