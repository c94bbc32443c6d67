package com.weighttracker.tracking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.weighttracker.support.Api;

/** Sends files to the import endpoint: as multipart/form-data, built by hand, or as the raw body. */
final class Uploads {

    static final String IMPORT = "/v1/weight-entries/import";

    private Uploads() {
    }

    /** A multipart/form-data request with one file part named {@code field}. */
    static HttpRequest.Builder multipart(Api api, String token, String field, String fileName, byte[] content) {
        var boundary = "----weighttracker-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return api.request(IMPORT, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    static Api.Response upload(Api api, String token, String fileName, byte[] content) {
        return api.send(multipart(api, token, "file", fileName, content));
    }

    static Api.Response upload(Api api, String token, String fileName, String content) {
        return upload(api, token, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The file as the request body, for large Apple Health exports. */
    static Api.Response uploadRaw(Api api, String token, String contentType, byte[] content) {
        return api.send(api.request(IMPORT, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    static byte[] fixture(String name) {
        try (var in = Uploads.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
