package com.weighttracker.identity;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;
import com.weighttracker.identity.application.port.out.UserAvatarRepository;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.BlobStorage;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestImages;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/** User avatars end to end: PUT/GET/DELETE /v1/users/me/avatar, others' view by profile visibility, purge. */
class UserAvatarApiTest extends IntegrationTest {

    private static final String MINE = "/v1/users/me/avatar";

    @Autowired
    private UserAvatarRepository avatars;

    @Autowired
    private BlobStorage blobs;

    @Autowired
    private PurgeDeletedAccountsUseCase purge;

    @Test
    void uploadsReadsWithCachingHeadersAndDeletesAnAvatarWithoutItsGpsPosition() {
        var anna = register();
        assertNotFound(api.get(MINE, anna.accessToken()));
        assertThat(me(anna).path("avatarUrl").isNull()).isTrue();

        var stored = ok(api.send(multipart(anna, TestImages.jpegWithGps(64, 48))));

        assertThat(stored.path("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(stored.path("width").asInt()).isEqualTo(64);
        assertThat(stored.path("height").asInt()).isEqualTo(48);
        assertThat(stored.path("url").asString()).isEqualTo("/v1/users/" + anna.id() + "/avatar");
        assertThat(me(anna).path("avatarUrl").asString()).isEqualTo("/v1/users/" + anna.id() + "/avatar");

        var image = TestImages.download(api, MINE, anna.accessToken());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(image.headers().firstValue("Content-Length")).contains(Integer.toString(image.body().length));
        assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(image.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("private", "no-cache"));
        assertThat(image.headers().firstValue("Last-Modified")).isPresent();
        assertThat(TestImages.metadataIn(image.body())).isEmpty();
        assertThat(TestImages.metadataIn(storedBytesOf(anna))).isEmpty();
        assertThat(TestImages.read(image.body()).getWidth()).isEqualTo(64);

        var etag = image.headers().firstValue("ETag").orElseThrow();
        var again = TestImages.download(api, "/v1/users/" + anna.id() + "/avatar", anna.accessToken(),
                "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        var removed = api.delete(MINE, anna.accessToken());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertNotFound(api.get(MINE, anna.accessToken()));
        assertThat(me(anna).path("avatarUrl").isNull()).isTrue();
        assertThat(api.delete(MINE, anna.accessToken()).status()).as("removing none is fine").isEqualTo(200);
    }

    @Test
    void theUserALoginAnswersWithCarriesTheAvatarUrl() {
        var anna = register();
        ok(api.send(multipart(anna, TestImages.png(10, 10))));

        var login = api.post("/v1/auth/login", Api.body("email", anna.email(), "password", anna.password()), null);

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.data().path("user").path("avatarUrl").asString())
                .isEqualTo("/v1/users/" + anna.id() + "/avatar");
    }

    @Test
    void replacingAnAvatarChangesItsEntityTagAndDeletesTheOldImage() {
        var anna = register();
        ok(api.send(multipart(anna, TestImages.png(10, 10))));
        var first = TestImages.download(api, MINE, anna.accessToken());
        var firstKey = keyOf(anna);

        ok(api.send(bodyUpload(anna, "image/png", TestImages.png(20, 20))));

        var second = TestImages.download(api, MINE, anna.accessToken(), "If-None-Match",
                first.headers().firstValue("ETag").orElseThrow());
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(TestImages.read(second.body()).getWidth()).isEqualTo(20);
        assertThat(blobs.get(firstKey)).isEmpty();
    }

    @Test
    void othersSeeTheAvatarOfAPublicProfileOnlyAndAPrivateOneLooksLikeNone() {
        var anna = register();
        var bert = register();
        var annas = "/v1/users/" + anna.id() + "/avatar";
        ok(api.send(multipart(anna, TestImages.jpeg(16, 16))));

        assertThat(TestImages.download(api, annas, bert.accessToken()).statusCode()).isEqualTo(200);
        assertThat(card(bert, anna).path("avatarUrl").asString()).isEqualTo(annas);

        ok(api.patch("/v1/users/me", body("profileVisibility", "private"), anna.accessToken()));

        var hidden = api.get(annas, bert.accessToken());
        var nobody = api.get("/v1/users/" + UUID.randomUUID() + "/avatar", bert.accessToken());
        assertNotFound(hidden);
        assertNotFound(nobody);
        assertThat(hidden.error().path("message").asString()).isEqualTo(nobody.error().path("message").asString());
        assertThat(card(bert, anna).path("avatarUrl").isNull()).isTrue();
        assertThat(TestImages.download(api, annas, anna.accessToken()).statusCode()).as("her own").isEqualTo(200);
        assertThat(me(anna).path("avatarUrl").asString()).isEqualTo(annas);
        assertNotFound(api.get("/v1/users/" + bert.id() + "/avatar", anna.accessToken()));
        assertThat(api.get("/v1/users/not-a-uuid/avatar", bert.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void teamMembersSeeTheAvatarsTheirProfilesAllow() {
        var owner = registerVerified();
        var member = registerVerified();
        var team = ok(api.post("/v1/teams", body("name", "Avatars " + System.nanoTime() % 1_000_000,
                "visibility", "public"), owner.accessToken())).path("id").asString();
        ok(api.post("/v1/teams/" + team + "/join", "", member.accessToken()));
        ok(api.send(multipart(owner, TestImages.png(8, 8))));

        var asMember = ok(api.get("/v1/teams/" + team + "/members", member.accessToken()));
        ok(api.patch("/v1/users/me", body("profileVisibility", "private"), owner.accessToken()));
        var afterPrivate = ok(api.get("/v1/teams/" + team + "/members", member.accessToken()));

        assertThat(avatarUrlOf(asMember, owner)).isEqualTo("/v1/users/" + owner.id() + "/avatar");
        assertThat(avatarUrlOf(asMember, member)).isNull();
        assertThat(avatarUrlOf(afterPrivate, owner)).isNull();
    }

    @Test
    void refusesWhatIsNoImageTooLargeOrUnauthenticated() {
        var anna = register();
        var jpeg = TestImages.jpeg(8, 8);

        assertInvalidFile(api.send(multipart(anna, "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1))));
        assertInvalidFile(api.send(multipart(anna, new byte[0])));
        var tooLarge = api.send(multipart(anna, Arrays.copyOf(jpeg, 2 * 1024 * 1024 + 1)));
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.error().path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(tooLarge.error().path("message").asString()).contains("2 MB");
        assertThat(api.send(api.request(MINE, anna.accessToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))).status()).isEqualTo(415);
        assertThat(api.send(multipart(null, jpeg)).status()).isEqualTo(401);
        assertThat(api.get("/v1/users/" + anna.id() + "/avatar", null).status()).isEqualTo(401);
        assertNotFound(api.get(MINE, anna.accessToken()));
    }

    @Test
    void purgingAUserDeletesTheirAvatar() {
        var anna = register();
        ok(api.send(multipart(anna, TestImages.png(6, 6))));
        var key = keyOf(anna);
        assertThat(blobs.get(key)).isPresent();
        ok(api.delete("/v1/users/me", anna.accessToken()));
        assertThat(TestImages.download(api, "/v1/users/" + anna.id() + "/avatar", register().accessToken())
                .statusCode()).as("pending deletion: gone for everyone").isEqualTo(404);

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        purge.purgeDue();

        var id = new UserId(UUID.fromString(anna.id()));
        eventually("the purged user's avatar record and image are deleted",
                () -> avatars.find(id).isEmpty() && blobs.get(key).isEmpty());
    }

    // --- helpers

    private HttpRequest.Builder multipart(TestUser user, byte[] content) {
        var boundary = "----avatar-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"me.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.request(MINE, user == null ? null : user.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpRequest.Builder bodyUpload(TestUser user, String contentType, byte[] content) {
        return api.request(MINE, user.accessToken()).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
    }

    private JsonNode me(TestUser user) {
        return ok(api.get("/v1/users/me", user.accessToken()));
    }

    private JsonNode card(TestUser viewer, TestUser user) {
        return ok(api.get("/v1/users/" + user.id(), viewer.accessToken()));
    }

    private BlobKey keyOf(TestUser user) {
        return new BlobKey(avatars.find(new UserId(UUID.fromString(user.id()))).orElseThrow().blobKey());
    }

    private byte[] storedBytesOf(TestUser user) {
        try (var blob = blobs.get(keyOf(user)).orElseThrow()) {
            return blob.content().readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String avatarUrlOf(JsonNode members, TestUser user) {
        for (var member : members) {
            if (member.path("userId").asString().equals(user.id())) {
                return member.path("avatarUrl").isNull() ? null : member.path("avatarUrl").asString();
            }
        }
        throw new AssertionError("not a member: " + user.id() + " in " + members);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        assertThat(response.body().path("success").asBoolean()).isTrue();
        return response.data();
    }

    private static void assertNotFound(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.error().path("code").asString()).isEqualTo("NOT_FOUND");
    }

    private static void assertInvalidFile(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.error().path("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(response.error().path("details").get(0).path("field").asString()).isEqualTo("file");
    }

    private static void eventually(String what, BooleanSupplier condition) {
        var deadline = java.time.Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(java.time.Instant.now()).as(what).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
