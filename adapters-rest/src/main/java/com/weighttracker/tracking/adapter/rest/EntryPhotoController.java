package com.weighttracker.tracking.adapter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.InvalidInputException;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.application.port.in.EntryPhotoView;
import com.weighttracker.tracking.application.port.in.ManageEntryPhotosUseCase;
import com.weighttracker.tracking.application.port.in.PhotoUpload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/weight-entries/{entryId}/photos", produces = "application/json")
@Tag(name = "Weight entry photos",
        description = "Up to 3 photos per weigh-in: JPEG, PNG or WebP (judged by content), at most 5 MB each. "
                + "Only the owner sees them; for anyone else the entry and its photos do not exist.")
class EntryPhotoController {

    private static final String FILE = "file";
    private static final String JPEG = MediaType.IMAGE_JPEG_VALUE;
    private static final String PNG = MediaType.IMAGE_PNG_VALUE;
    private static final String WEBP = "image/webp";

    private final ManageEntryPhotosUseCase photos;

    EntryPhotoController(ManageEntryPhotosUseCase photos) {
        this.photos = photos;
    }

    /** A photo's metadata; {@code url} is where its bytes are (relative to the API's origin). */
    record PhotoResponse(UUID id, UUID entryId, @Schema(example = "image/jpeg") String contentType,
            @Schema(description = "bytes") long size,
            @Schema(nullable = true, description = "pixels, when the image header states it") Integer width,
            @Schema(nullable = true, description = "pixels, when the image header states it") Integer height,
            Instant createdAt,
            @Schema(example = "/v1/weight-entries/0190c6c4-5f7e-7e38-9a3e-2f1c9d4b8e01/photos/"
                    + "0190c6c4-6a11-7c1e-8b2d-4e5f6a7b8c9d") String url) {

        static PhotoResponse of(EntryPhotoView view) {
            return new PhotoResponse(view.id(), view.entryId(), view.contentType(), view.size(), view.width(),
                    view.height(), view.createdAt(),
                    "/v1/weight-entries/" + view.entryId() + "/photos/" + view.id());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "attachEntryPhoto", summary = "Attach a photo to an own weigh-in",
            description = "Multipart field `file`, one file. Its bytes decide the type (JPEG, PNG or WebP); the "
                    + "file name and declared content type are ignored.")
    @ApiResponse(responseCode = "201", description = "Attached")
    @ApiResponse(responseCode = "404", description = "No such entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409",
            description = "The entry has 3 photos already (CONFLICT)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "413",
            description = "The file is over 5 MB (PAYLOAD_TOO_LARGE)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<PhotoResponse>> upload(@CurrentUser UserId me, @PathVariable String entryId,
            @RequestPart(name = FILE, required = false) MultipartFile file,
            @Parameter(hidden = true) MultipartRequest request) {
        var id = QueryParameters.uuid("entryId", entryId);
        if (file == null) {
            throw InvalidInputException.of(FILE, "file is required: send the photo as multipart field 'file'");
        }
        if (request.getFiles(FILE).size() > 1) {
            throw InvalidInputException.of(FILE, "send one file per request");
        }
        var photo = PhotoResponse.of(photos.attach(me, id, new PhotoUpload(file.getSize(), file::getInputStream)));
        return Envelope.created(photo.url(), photo);
    }

    @GetMapping
    @Operation(operationId = "listEntryPhotos", summary = "List the photos of an own weigh-in",
            description = "Oldest first; at most 3.")
    @ApiResponse(responseCode = "200", description = "The photos")
    @ApiResponse(responseCode = "404", description = "No such entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<PhotoResponse>> list(@CurrentUser UserId me, @PathVariable String entryId) {
        return Envelope.ok(photos.list(me, QueryParameters.uuid("entryId", entryId)).stream()
                .map(PhotoResponse::of).toList());
    }

    @GetMapping(path = "/{photoId}", produces = { JPEG, PNG, WEBP })
    @Operation(operationId = "downloadEntryPhoto", summary = "The image of a photo",
            description = "The bytes as uploaded, with their content type. Private to the owner: "
                    + "Cache-Control private, X-Content-Type-Options nosniff.")
    @ApiResponse(responseCode = "200", description = "The image",
            content = { @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "404",
            description = "No such photo of an entry of yours (as JSON, whatever the Accept header says)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<InputStreamResource> download(@CurrentUser UserId me, @PathVariable String entryId,
            @PathVariable String photoId) {
        var entry = QueryParameters.uuid("entryId", entryId);
        var photo = QueryParameters.uuid("photoId", photoId);
        var content = photos.open(me, entry, photo);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.size())
                .cacheControl(CacheControl.empty().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("photo-" + content.id() + "." + content.extension()).build().toString())
                .body(new InputStreamResource(content.content()));
    }

    @DeleteMapping("/{photoId}")
    @Operation(operationId = "removeEntryPhoto", summary = "Remove a photo from an own weigh-in")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "404",
            description = "No such photo of an entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Removed> remove(@CurrentUser UserId me, @PathVariable String entryId, @PathVariable String photoId) {
        var photo = QueryParameters.uuid("photoId", photoId);
        photos.remove(me, QueryParameters.uuid("entryId", entryId), photo);
        return Envelope.ok(new Removed(photo.toString()));
    }

    record Removed(String id) {
    }
}
