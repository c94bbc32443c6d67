package com.weighttracker.platform;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestImages;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * The one image upload path, through each of its uses (weigh-in photos, team avatars, user avatars):
 * what is stored carries no metadata, and what does not decode, or claims gigapixels, is refused
 * with 400 and the envelope and leaves nothing behind (ADR 10, hardening item 9).
 */
class ImageUploadsApiTest extends IntegrationTest {

    /** Where a use takes an upload (with which method) and where its image is read afterwards. */
    enum Use {
        PHOTO, TEAM_AVATAR, USER_AVATAR
    }

    /** One use, set up for a fresh user: the upload request and the image's URL after a success. */
    private record Target(TestUser user, String method, String uploadPath, Function<JsonNode, String> imagePath,
            String nothingStoredPath) {
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void storesAJpegWithoutItsGpsPosition(Use use) {
        var target = targetFor(use);

        var stored = upload(target, TestImages.jpegWithGps(48, 32));

        assertThat(stored.status()).as(stored.toString()).isBetween(200, 201);
        var image = TestImages.download(api, target.imagePath().apply(stored.data()), target.user().accessToken());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(TestImages.metadataIn(image.body())).isEmpty();
        assertThat(TestImages.read(image.body()).getWidth()).isEqualTo(48);
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void storesAPngWithoutItsExifAndTextChunks(Use use) {
        var target = targetFor(use);

        var stored = upload(target, TestImages.pngWithGps(12, 9));

        assertThat(stored.status()).as(stored.toString()).isBetween(200, 201);
        var image = TestImages.download(api, target.imagePath().apply(stored.data()), target.user().accessToken());
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(TestImages.metadataIn(image.body())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void refusesATruncatedJpeg(Use use) {
        assertRefusedAndNothingStored(use, TestImages.truncated(TestImages.jpeg(64, 64), 0.6), "readable");
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void refusesATruncatedPng(Use use) {
        assertRefusedAndNothingStored(use, TestImages.truncated(TestImages.png(64, 64), 0.6), "readable");
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void refusesJpegMagicBytesFollowedByNoise(Use use) {
        assertRefusedAndNothingStored(use, TestImages.noiseAfter(TestImages.JPEG_MAGIC, 2048), "readable");
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void refusesPngMagicBytesFollowedByNoise(Use use) {
        assertRefusedAndNothingStored(use, TestImages.noiseAfter(TestImages.PNG_MAGIC, 2048), "readable");
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void refusesWebpMagicBytesFollowedByNoise(Use use) {
        assertRefusedAndNothingStored(use, TestImages.noiseAfter(TestImages.WEBP_MAGIC, 2048), "readable");
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void refusesAPngHeaderClaiming100000By100000Pixels(Use use) {
        assertRefusedAndNothingStored(use, TestImages.giantPng(), "40 megapixels");
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void refusesAJpegHeaderClaiming60000By60000Pixels(Use use) {
        assertRefusedAndNothingStored(use, TestImages.giantJpeg(), "40 megapixels");
    }

    private void assertRefusedAndNothingStored(Use use, byte[] content, String why) {
        var target = targetFor(use);

        var response = upload(target, content);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body().path("success").asBoolean(true)).isFalse();
        assertThat(response.body().path("meta").path("requestId").asString()).isNotBlank();
        assertThat(response.error().path("code").asString()).isEqualTo("VALIDATION_ERROR");
        var details = response.error().path("details");
        assertThat(details.size()).as(response.toString()).isEqualTo(1);
        assertThat(details.get(0).path("field").asString()).isEqualTo("file");
        assertThat(details.get(0).path("message").asString()).contains(why);
        var after = api.get(target.nothingStoredPath(), target.user().accessToken());
        if (use == Use.PHOTO) {
            assertThat(after.data()).as(after.toString()).isEmpty();
        } else {
            assertThat(after.status()).as(after.toString()).isEqualTo(404);
        }
    }

    private Target targetFor(Use use) {
        return switch (use) {
            case PHOTO -> {
                var user = register();
                var entry = api.post("/v1/weight-entries", body("weight", 80.5), user.accessToken()).data().path("id")
                        .asString();
                var photos = "/v1/weight-entries/" + entry + "/photos";
                yield new Target(user, "POST", photos, data -> data.path("url").asString(), photos);
            }
            case TEAM_AVATAR -> {
                var user = registerVerified();
                var team = api.post("/v1/teams", body("name", "Images " + UUID.randomUUID().toString().substring(0, 8),
                        "visibility", "public"), user.accessToken()).data().path("id").asString();
                var avatar = "/v1/teams/" + team + "/avatar";
                yield new Target(user, "PUT", avatar, data -> data.path("avatarUrl").asString(), avatar);
            }
            case USER_AVATAR -> new Target(register(), "PUT", "/v1/users/me/avatar",
                    data -> data.path("url").asString(), "/v1/users/me/avatar");
        };
    }

    private Api.Response upload(Target target, byte[] content) {
        var boundary = "----images-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"i.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request(target.uploadPath(), target.user().accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
