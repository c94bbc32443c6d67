package com.weighttracker.tracking.adapter.rest;

import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.ImageExchange;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.application.port.in.ManageEntryPhotosUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping(path = "/v1/weight-entries/{entryId}/photos", produces = "application/json")
@Tag(name = "Weight entry photos",
        description = "Up to 3 photos per weigh-in: JPEG, PNG or WebP (judged by content), at most 5 MB each as "
                + "uploaded; each is decoded and stored re-encoded, without metadata (EXIF, GPS, XMP). Only the "
                + "owner sees them; for anyone else the entry and its photos do not exist.")
class EntryPhotoController {

    private static final String JPEG = ImageExchange.JPEG;
    private static final String PNG = ImageExchange.PNG;
    private static final String WEBP = ImageExchange.WEBP;

    private final ManageEntryPhotosUseCase photos;
    private final TrackingRestMapper mapper;

    EntryPhotoController(ManageEntryPhotosUseCase photos, TrackingRestMapper mapper) {
        this.photos = photos;
        this.mapper = mapper;
    }

    @PostMapping(consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, JPEG, PNG, WEBP,
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    @Operation(operationId = "attachEntryPhoto", summary = "Attach a photo to an own weigh-in",
            description = "Multipart field `file` (one file), or the image as the request body. Its bytes decide the "
                    + "type (JPEG, PNG or WebP); the file name and declared content type are ignored. The image is "
                    + "decoded (at most 40 megapixels) and stored re-encoded without metadata: JPEG and PNG keep "
                    + "their format, WebP becomes PNG (with transparency) or JPEG; `contentType` and `size` are the "
                    + "stored image's.")
    @ImageExchange.UploadBody
    @ApiResponse(responseCode = "201", description = "Attached")
    @ApiResponse(responseCode = "400",
            description = "No image, not a JPEG, PNG or WebP, over 40 megapixels, or not decodable (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409",
            description = "The entry has 3 photos already (CONFLICT)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "413",
            description = "The file is over 5 MB (PAYLOAD_TOO_LARGE)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<TrackingResponses.EntryPhoto>> upload(@CurrentUser UserId me, @PathVariable String entryId,
            @Parameter(hidden = true) HttpServletRequest request) {
        var id = QueryParameters.uuid("entryId", entryId);
        var photo = mapper.toEntryPhoto(photos.attach(me, id, ImageExchange.upload(request)));
        return Envelope.created(photo.url(), photo);
    }

    @GetMapping
    @Operation(operationId = "listEntryPhotos", summary = "List the photos of an own weigh-in",
            description = "Oldest first; at most 3.")
    @ApiResponse(responseCode = "200", description = "The photos")
    @ApiResponse(responseCode = "404", description = "No such entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<TrackingResponses.EntryPhoto>> list(@CurrentUser UserId me, @PathVariable String entryId) {
        return Envelope.ok(photos.list(me, QueryParameters.uuid("entryId", entryId)).stream()
                .map(mapper::toEntryPhoto).toList());
    }

    @GetMapping(path = "/{photoId}", produces = { JPEG, PNG, WEBP })
    @Operation(operationId = "downloadEntryPhoto", summary = "The image of a photo",
            description = "The stored image with its content type. Private to the owner: Cache-Control private, "
                    + "X-Content-Type-Options nosniff; ETag and Last-Modified, so If-None-Match or "
                    + "If-Modified-Since answer 304.")
    @ApiResponse(responseCode = "200", description = "The image",
            content = { @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date you sent")
    @ApiResponse(responseCode = "404",
            description = "No such photo of an entry of yours (as JSON, whatever the Accept header says)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<InputStreamResource> download(@CurrentUser UserId me, @PathVariable String entryId,
            @PathVariable String photoId, @Parameter(hidden = true) HttpServletRequest request) {
        var entry = QueryParameters.uuid("entryId", entryId);
        var photo = QueryParameters.uuid("photoId", photoId);
        // a photo never changes under its URL: a client may keep it as long as it likes
        return ImageExchange.serve(photos.open(me, entry, photo), request, CacheControl.empty().cachePrivate(),
                "photo-" + photo);
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
