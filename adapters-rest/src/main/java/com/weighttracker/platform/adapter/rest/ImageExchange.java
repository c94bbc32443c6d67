package com.weighttracker.platform.adapter.rest;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import com.weighttracker.shared.ImageUploadRule;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The one HTTP side of image uploads and downloads, for every context (photos, team avatars, user
 * avatars): an upload is multipart field {@value #FIELD} (one file) or the request body itself; a
 * download streams the stored image with its type and length, an entity tag (and Last-Modified
 * when known), {@code nosniff}, an inline file name, and answers a matching conditional request
 * with 304 without sending the bytes.
 */
public final class ImageExchange {

    public static final String FIELD = ImageUploadRule.FIELD;
    public static final String JPEG = MediaType.IMAGE_JPEG_VALUE;
    public static final String PNG = MediaType.IMAGE_PNG_VALUE;
    public static final String WEBP = "image/webp";
    /** Avatars change under the same URL: a client keeps them but asks (cheaply, by entity tag) before showing one. */
    public static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    /**
     * The two ways to send an image (a form with the file, or the image as the body), documented once
     * for every upload endpoint; each consumes {@code multipart/form-data}, the three image types and
     * {@code application/octet-stream}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = @SchemaProperty(name = FIELD,
                    schema = @Schema(type = "string", format = "binary"))),
            @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary")) })
    public @interface UploadBody {
    }

    private ImageExchange() {
    }

    /** Where a user's avatar is (relative to the API's origin), for everyone who may see it. */
    public static String userAvatarUrl(UUID userId) {
        return "/v1/users/" + userId + "/avatar";
    }

    /** The uploaded image of {@code request}: its bytes alone decide what it is, never its name or declared type. */
    public static ImageUpload upload(HttpServletRequest request) {
        var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return new ImageUpload(request.getContentLengthLong(), request::getInputStream);
        }
        var files = multipart.getFiles(FIELD);
        if (files.isEmpty()) {
            throw InvalidInput.of(FIELD,
                    "file is required: send the image as multipart field 'file' or as the request body");
        }
        if (files.size() > 1) {
            throw InvalidInput.of(FIELD, "send one file per request");
        }
        var file = files.get(0);
        return new ImageUpload(file.getSize(), file::getInputStream);
    }

    /**
     * The image, or 304 Not Modified when the request's If-None-Match names its entity tag (or, without
     * If-None-Match, its If-Modified-Since is not before the image); the bytes are closed then.
     *
     * @param fileName the inline file name without extension, e.g. {@code photo-<id>}
     */
    public static ResponseEntity<InputStreamResource> serve(ImageContent image, HttpServletRequest request,
            CacheControl caching, String fileName) {
        var lastModified = image.lastModified() == null ? null : image.lastModified().truncatedTo(ChronoUnit.SECONDS);
        var headers = new HttpHeaders();
        headers.setETag(image.etag());
        headers.setCacheControl(caching);
        if (lastModified != null) {
            headers.setLastModified(lastModified);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        if (notModified(request, image.etag(), lastModified)) {
            closeQuietly(image);
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.setContentType(MediaType.parseMediaType(image.contentType()));
        headers.setContentLength(image.size());
        headers.setContentDisposition(ContentDisposition.inline().filename(fileName + "." + image.extension()).build());
        return ResponseEntity.ok().headers(headers).body(new InputStreamResource(image.content()));
    }

    private static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
        }
        if (lastModified == null) {
            return false;
        }
        try {
            var since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(since));
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    private static void closeQuietly(ImageContent image) {
        try {
            image.close();
        } catch (IOException ignored) {
            // nothing was sent from it; the stream is gone either way
        }
    }
}
