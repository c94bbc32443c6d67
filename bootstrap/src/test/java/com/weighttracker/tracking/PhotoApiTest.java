package com.weighttracker.tracking;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;
import com.weighttracker.platform.adapter.storage.LocalDirectoryBlobStorage;
import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.BlobStorage;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestImages;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.port.out.EntryPhotoRepository;
import com.weighttracker.tracking.domain.EntryPhoto;
import com.weighttracker.tracking.domain.WeightEntryId;

import tools.jackson.databind.JsonNode;

/** FR-2.1 photos of weigh-ins, over HTTP: multipart uploads built by hand, downloads decoded (ADR 10). */
class PhotoApiTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BOUNDARY = "----photo-api-test-boundary-7MA4YWxkTrZu0gW";

    @Autowired
    private EntryPhotoRepository records;

    @Autowired
    private BlobStorage blobs;

    @Autowired
    private PurgeDeletedAccountsUseCase purge;

    private record Part(String name, String filename, String contentType, byte[] content) {

        static Part file(String filename, String contentType, byte[] content) {
            return new Part("file", filename, contentType, content);
        }
    }

    @Test
    void attachesAJpegAPngAndAWebpAndListsThemOldestFirst() {
        var anna = register();
        var entry = entryOf(anna);

        var jpeg = created(upload(anna, entry, Part.file("a.jpg", "image/jpeg", Photos.jpeg(40, 30))));
        var png = created(upload(anna, entry, Part.file("b.png", "image/png", Photos.png(64, 48))));
        var webp = created(upload(anna, entry, Part.file("c.webp", "image/webp", TestImages.WEBP_LOSSY)));

        assertThat(jpeg.path("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(jpeg.path("size").asLong()).as("the stored, re-encoded image's").isPositive();
        assertThat(jpeg.path("width").asInt()).isEqualTo(40);
        assertThat(jpeg.path("height").asInt()).isEqualTo(30);
        assertThat(jpeg.path("entryId").asString()).isEqualTo(entry);
        assertThat(jpeg.path("createdAt").asString()).isNotBlank();
        assertThat(jpeg.path("url").asString())
                .isEqualTo("/v1/weight-entries/" + entry + "/photos/" + jpeg.path("id").asString());
        assertThat(png.path("contentType").asString()).isEqualTo("image/png");
        assertThat(png.path("width").asInt()).isEqualTo(64);
        // no pure-Java WebP encoder: a WebP is stored as JPEG, or PNG when it has transparency (ADR 10)
        assertThat(webp.path("contentType").asString()).isIn("image/jpeg", "image/png");
        assertThat(webp.path("height").asInt()).isEqualTo(1);

        var list = api.get(photos(entry), anna.accessToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(ids(list.data())).containsExactly(jpeg.path("id").asString(), png.path("id").asString(),
                webp.path("id").asString());
    }

    @Test
    void servesTheStoredPhotoWithItsContentTypePrivatelyAndUnsniffed() {
        var anna = register();
        var entry = entryOf(anna);
        var bytes = Photos.png(5, 5);
        var photo = created(upload(anna, entry, Part.file("mine.png", "image/png", bytes)));

        var image = download(anna, photo.path("url").asString());

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(TestImages.read(image.body()).getRGB(0, 0)).isEqualTo(TestImages.read(bytes).getRGB(0, 0));
        assertThat(image.body()).hasSize(photo.path("size").asInt());
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.headers().firstValue("Content-Length")).contains(Integer.toString(image.body().length));
        assertThat(image.headers().allValues("Cache-Control")).containsExactly("private");
        assertThat(image.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(image.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("inline").endsWith(".png\""));
    }

    @Test
    void answersAConditionalRequestForAnUnchangedPhotoWith304() {
        var anna = register();
        var entry = entryOf(anna);
        var url = created(upload(anna, entry, Part.file("a.png", "image/png", Photos.png(4, 4)))).path("url")
                .asString();
        var first = download(anna, url);
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        var byTag = TestImages.download(api, url, anna.accessToken(), "If-None-Match", etag);
        var byDate = TestImages.download(api, url, anna.accessToken(), "If-Modified-Since", lastModified);
        var otherTag = TestImages.download(api, url, anna.accessToken(), "If-None-Match", "\"something-else\"");

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).contains(etag);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(otherTag.body()).isEqualTo(first.body());
    }

    @Test
    void servesJpegAndWebpWithTheirOwnContentTypes() {
        var anna = register();
        var entry = entryOf(anna);
        var jpeg = Photos.jpeg(3, 3);
        var webp = TestImages.WEBP_LOSSLESS;
        var jpegUrl = created(upload(anna, entry, Part.file("j.jpg", "image/jpeg", jpeg))).path("url").asString();
        var webpUrl = created(upload(anna, entry, Part.file("w.webp", "image/webp", webp))).path("url").asString();

        var jpegImage = download(anna, jpegUrl);
        var webpImage = download(anna, webpUrl);

        assertThat(TestImages.read(jpegImage.body()).getWidth()).isEqualTo(3);
        assertThat(jpegImage.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(TestImages.read(webpImage.body()).getWidth()).isEqualTo(1);
        assertThat(webpImage.headers().firstValue("Content-Type"))
                .isEqualTo(ImageFormat.detect(webpImage.body()).map(ImageFormat::mediaType));
    }

    @Test
    void judgesAFileByItsBytesNotByItsNameOrDeclaredType() {
        var anna = register();
        var entry = entryOf(anna);

        var photo = created(upload(anna, entry, Part.file("holiday.gif", "application/octet-stream",
                Photos.png(2, 2))));

        assertThat(photo.path("contentType").asString()).isEqualTo("image/png");
        assertThat(download(anna, photo.path("url").asString()).headers().firstValue("Content-Type"))
                .contains("image/png");
    }

    @Test
    void refusesAGifEvenWhenItClaimsToBeAJpeg() {
        var anna = register();

        var response = upload(anna, entryOf(anna), Part.file("photo.jpg", "image/jpeg", Photos.gif()));

        assertInvalidFile(response).contains("JPEG, PNG or WebP");
    }

    @Test
    void refusesATextFileRenamedToJpg() {
        var anna = register();

        var response = upload(anna, entryOf(anna), Part.file("photo.jpg", "image/jpeg",
                "just some text, honestly".getBytes(StandardCharsets.UTF_8)));

        assertInvalidFile(response).contains("JPEG, PNG or WebP");
    }

    @Test
    void refusesAnEmptyFile() {
        var anna = register();

        var response = upload(anna, entryOf(anna), Part.file("empty.jpg", "image/jpeg", new byte[0]));

        assertInvalidFile(response).isEqualTo("file is empty");
    }

    @Test
    void refusesAnUploadWithoutAFilePart() {
        var anna = register();

        var response = upload(anna, entryOf(anna), new Part("photo", "a.jpg", "image/jpeg", Photos.jpeg(2, 2)));

        assertInvalidFile(response).contains("file is required");
    }

    @Test
    void refusesTwoFilesInOneRequest() {
        var anna = register();
        var entry = entryOf(anna);

        var response = upload(anna, entry, Part.file("a.jpg", "image/jpeg", Photos.jpeg(2, 2)),
                Part.file("b.jpg", "image/jpeg", Photos.jpeg(2, 2)));

        assertInvalidFile(response).contains("one file");
        assertThat(api.get(photos(entry), anna.accessToken()).data()).isEmpty();
    }

    @Test
    void refusesAMalformedMultipartBodyWith400() {
        var anna = register();
        var request = api.request(photos(entryOf(anna)), anna.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\nthis is not how parts look"));

        var response = api.send(request);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.error().path("code").asString()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void acceptsAPhotoOfExactlyFiveMegabytes() {
        var anna = register();

        var photo = created(upload(anna, entryOf(anna), Part.file("big.jpg", "image/jpeg",
                Photos.jpegOfSize(Photos.MEGABYTES_5))));

        assertThat(photo.path("width").asInt()).isEqualTo(8);
    }

    @Test
    void refusesAPhotoOneByteOverFiveMegabytesWith413() {
        var anna = register();
        var entry = entryOf(anna);

        var response = upload(anna, entry, Part.file("huge.jpg", "image/jpeg",
                Photos.jpegOfSize(Photos.MEGABYTES_5 + 1)));

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.body().path("success").asBoolean(true)).isFalse();
        assertThat(response.error().path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(response.error().path("message").asString()).contains("5 MB");
        assertThat(api.get(photos(entry), anna.accessToken()).data()).isEmpty();
    }

    @Test
    void refusesAFourthPhotoWith409AndKeepsTheThree() {
        var anna = register();
        var entry = entryOf(anna);
        for (var i = 0; i < 3; i++) {
            created(upload(anna, entry, Part.file(i + ".png", "image/png", Photos.png(1, 1 + i))));
        }

        var fourth = upload(anna, entry, Part.file("3.png", "image/png", Photos.png(1, 4)));

        assertThat(fourth.status()).as(fourth.toString()).isEqualTo(409);
        assertThat(fourth.error().path("code").asString()).isEqualTo("CONFLICT");
        assertThat(fourth.error().path("message").asString()).contains("at most 3 photos");
        assertThat(api.get(photos(entry), anna.accessToken()).data()).hasSize(3);
        assertThat(blobFilesOf(entry)).hasSize(3);
    }

    @Test
    void concurrentUploadsCannotPassTheLimitAndTheRefusedLeaveNoBlobsBehind() throws Exception {
        var anna = register();
        var entry = entryOf(anna);
        var attempts = new ArrayList<Callable<Api.Response>>();
        for (var i = 0; i < 6; i++) {
            var bytes = Photos.png(2, 1 + i);
            attempts.add(() -> upload(anna, entry, Part.file("p.png", "image/png", bytes)));
        }

        var statuses = new ArrayList<Integer>();
        var pool = Executors.newFixedThreadPool(attempts.size());
        try {
            for (var result : pool.invokeAll(attempts)) {
                statuses.add(result.get().status());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(3);
        assertThat(records.ofEntry(new WeightEntryId(UUID.fromString(entry)), 10)).hasSize(3);
        assertThat(blobFilesOf(entry)).hasSize(3);
    }

    @Test
    void anotherUserFindsNeitherTheEntryNorItsPhotos() {
        var anna = register();
        var bert = register();
        var entry = entryOf(anna);
        var bytes = Photos.jpeg(6, 6);
        var photo = created(upload(anna, entry, Part.file("private.jpg", "image/jpeg", bytes)));
        var url = photo.path("url").asString();

        var list = api.get(photos(entry), bert.accessToken());
        var image = download(bert, url);
        var upload = upload(bert, entry, Part.file("intruder.jpg", "image/jpeg", Photos.jpeg(2, 2)));
        var delete = api.delete(url, bert.accessToken());

        assertNotFound(list);
        assertThat(image.statusCode()).isEqualTo(404);
        assertThat(new String(image.body(), StandardCharsets.UTF_8)).contains("NOT_FOUND");
        assertThat(image.body()).isNotEqualTo(bytes);
        assertNotFound(upload);
        assertNotFound(delete);
        // and nothing happened to Anna's photo
        assertThat(ids(api.get(photos(entry), anna.accessToken()).data())).containsExactly(photo.path("id").asString());
        assertThat(TestImages.read(download(anna, url).body()).getWidth()).isEqualTo(6);
    }

    @Test
    void anotherUsersEntryAndAMissingEntryLookAlike() {
        var anna = register();
        var bert = register();
        var annasEntry = entryOf(anna);
        var noEntry = UUID.randomUUID().toString();

        var someoneElses = api.get(photos(annasEntry), bert.accessToken());
        var missing = api.get(photos(noEntry), bert.accessToken());

        assertNotFound(someoneElses);
        assertNotFound(missing);
        assertThat(someoneElses.error().path("message").asString())
                .isEqualTo(missing.error().path("message").asString());
    }

    @Test
    void answersAnUnknownPhotoWith404AndAMalformedIdWith400() {
        var anna = register();
        var entry = entryOf(anna);

        var unknown = download(anna, photos(entry) + "/" + UUID.randomUUID());
        var malformed = api.get(photos(entry) + "/not-a-uuid", anna.accessToken());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.error().path("details").get(0).path("field").asString()).isEqualTo("photoId");
    }

    @Test
    void aPhotoOfOneEntryIsNotFoundThroughAnotherEntry() {
        var anna = register();
        var first = entryOf(anna);
        var second = entryOf(anna);
        var photo = created(upload(anna, first, Part.file("a.png", "image/png", Photos.png(2, 2))));

        var viaOther = download(anna, photos(second) + "/" + photo.path("id").asString());

        assertThat(viaOther.statusCode()).isEqualTo(404);
    }

    @Test
    void removingAPhotoDeletesItsBytes() {
        var anna = register();
        var entry = entryOf(anna);
        var photo = created(upload(anna, entry, Part.file("a.png", "image/png", Photos.png(2, 2))));
        var key = onlyBlobKeyOf(entry);

        var removed = api.delete(photo.path("url").asString(), anna.accessToken());

        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.data().path("id").asString()).isEqualTo(photo.path("id").asString());
        assertThat(download(anna, photo.path("url").asString()).statusCode()).isEqualTo(404);
        assertThat(api.get(photos(entry), anna.accessToken()).data()).isEmpty();
        assertThat(blobs.get(key)).isEmpty();
        assertThat(blobFilesOf(entry)).isEmpty();
        assertNotFound(api.delete(photo.path("url").asString(), anna.accessToken()));
    }

    @Test
    void deletingTheEntryDeletesItsPhotos() {
        var anna = register();
        var entry = entryOf(anna);
        var photo = created(upload(anna, entry, Part.file("a.jpg", "image/jpeg", Photos.jpeg(4, 4))));
        created(upload(anna, entry, Part.file("b.webp", "image/webp", TestImages.WEBP_LOSSY)));
        var keys = blobKeysOf(entry);
        assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(blobs.get(key)).isPresent());

        assertThat(api.delete("/v1/weight-entries/" + entry, anna.accessToken()).status()).isEqualTo(200);

        assertThat(download(anna, photo.path("url").asString()).statusCode()).isEqualTo(404);
        assertNotFound(api.get(photos(entry), anna.accessToken()));
        eventually("the entry's photo records and blobs are deleted",
                () -> blobKeysOf(entry).isEmpty() && keys.stream().allMatch(key -> blobs.get(key).isEmpty()));
        assertThat(blobFilesOf(entry)).isEmpty();
    }

    @Test
    void purgingAUserDeletesTheirPhotos() {
        var anna = register();
        var entry = entryOf(anna);
        created(upload(anna, entry, Part.file("a.png", "image/png", Photos.png(3, 3))));
        var keys = blobKeysOf(entry);
        assertThat(api.delete("/v1/users/me", anna.accessToken()).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        purge.purgeDue();

        var annaId = new UserId(UUID.fromString(anna.id()));
        eventually("the purged user's photo records and blobs are deleted",
                () -> records.someOf(annaId, 10).isEmpty() && keys.stream().allMatch(key -> blobs.get(key).isEmpty()));
    }

    @Test
    void requiresAnAccessToken() {
        var anna = register();
        var entry = entryOf(anna);
        var url = created(upload(anna, entry, Part.file("a.png", "image/png", Photos.png(2, 2)))).path("url")
                .asString();

        assertUnauthorized(api.get(photos(entry), null));
        assertUnauthorized(api.get(url, null));
        assertUnauthorized(upload(null, entry, Part.file("b.png", "image/png", Photos.png(2, 2))));
        assertUnauthorized(api.delete(url, null));
        assertThat(download(anna, url).statusCode()).isEqualTo(200);
    }

    @Test
    void aClientAcceptingOnlyImagesGetsTheImageOrA404EnvelopeNeverA406() {
        var anna = register();
        var entry = entryOf(anna);
        var url = created(upload(anna, entry, Part.file("a.png", "image/png", Photos.png(2, 2)))).path("url")
                .asString();

        var found = api.send(api.request(url, anna.accessToken()).header("Accept", "image/*").GET());
        var missing = api.send(api.request(photos(entry) + "/" + UUID.randomUUID(), anna.accessToken())
                .header("Accept", "image/*").GET());
        var someoneElses = api.send(api.request(url, register().accessToken()).header("Accept", "image/png").GET());

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.header("Content-Type")).isEqualTo("image/png");
        assertNotFound(missing);
        assertThat(missing.header("Content-Type")).startsWith("application/json");
        assertNotFound(someoneElses);
    }

    @Test
    void aPhotoIsNotAvailableAsJson() {
        var anna = register();
        var entry = entryOf(anna);
        var url = created(upload(anna, entry, Part.file("a.png", "image/png", Photos.png(2, 2)))).path("url")
                .asString();

        var response = api.send(api.request(url, anna.accessToken()).header("Accept", "application/json").GET());

        assertThat(response.status()).as(response.toString()).isEqualTo(406);
        assertThat(response.error().path("code").asString()).isEqualTo("NOT_ACCEPTABLE");
    }

    // --- helpers

    private String entryOf(TestUser user) {
        var response = api.post("/v1/weight-entries", body("weight", 80.5), user.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().path("id").asString();
    }

    private static String photos(String entryId) {
        return "/v1/weight-entries/" + entryId + "/photos";
    }

    private Api.Response upload(TestUser user, String entryId, Part... parts) {
        var body = new ByteArrayOutputStream();
        for (var part : parts) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.name()
                    + "\"; filename=\"" + part.filename() + "\"\r\nContent-Type: " + part.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request(photos(entryId), user == null ? null : user.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<byte[]> download(TestUser user, String path) {
        try {
            return HTTP.send(api.request(path, user.accessToken()).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.body().path("success").asBoolean()).isTrue();
        return response.data();
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertInvalidFile(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.error().path("code").asString()).isEqualTo("VALIDATION_ERROR");
        var details = response.error().path("details");
        assertThat(details.size()).as(response.toString()).isEqualTo(1);
        assertThat(details.get(0).path("field").asString()).isEqualTo("file");
        return assertThat(details.get(0).path("message").asString());
    }

    private static void assertNotFound(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.error().path("code").asString()).isEqualTo("NOT_FOUND");
    }

    private static void assertUnauthorized(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.error().path("code").asString()).isEqualTo("UNAUTHORIZED");
    }

    private static List<String> ids(JsonNode photos) {
        var ids = new ArrayList<String>();
        photos.forEach(photo -> ids.add(photo.path("id").asString()));
        return ids;
    }

    private List<BlobKey> blobKeysOf(String entryId) {
        return records.ofEntry(new WeightEntryId(UUID.fromString(entryId)), 10).stream().map(EntryPhoto::blobKey)
                .map(BlobKey::new).toList();
    }

    private BlobKey onlyBlobKeyOf(String entryId) {
        var keys = blobKeysOf(entryId);
        assertThat(keys).hasSize(1);
        return keys.get(0);
    }

    /** Files of the entry in the test's local blob directory, stray temporary files included. */
    private List<Path> blobFilesOf(String entryId) {
        var root = ((LocalDirectoryBlobStorage) blobs).root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> file.toString().contains(entryId)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void eventually(String what, BooleanSupplier condition) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
