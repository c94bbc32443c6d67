package com.weighttracker.social.adapter.rest;

import static com.weighttracker.social.adapter.rest.PostController.postId;

import java.util.UUID;

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

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.ImageExchange;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.in.ManagePostImagesUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping(path = "/v1/posts/{postId}/images", produces = "application/json")
@Tag(name = "Posts")
class PostImageController {

    private static final String JPEG = ImageExchange.JPEG;
    private static final String PNG = ImageExchange.PNG;
    private static final String WEBP = ImageExchange.WEBP;
    /** An image never changes under its URL (each upload has a new id); readers keep it privately. */
    private static final CacheControl KEEP = CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePrivate();

    private final ManagePostImagesUseCase images;
    private final SocialRestMapper mapper;

    PostImageController(ManagePostImagesUseCase images, SocialRestMapper mapper) {
        this.images = images;
        this.mapper = mapper;
    }

    @PostMapping(consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, JPEG, PNG, WEBP,
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    @RequiresVerifiedEmail
    @Operation(operationId = "addPostImage", summary = "Add an image to your post (at most 5)",
            description = "Multipart field `file` (one file), or the image as the request body; its bytes decide the "
                    + "type. Decoded (at most 40 megapixels) and stored re-encoded without metadata.")
    @ImageExchange.UploadBody
    @ApiResponse(responseCode = "201", description = "The post with its images")
    @ApiResponse(responseCode = "400",
            description = "No image, not a JPEG, PNG or WebP, over 40 megapixels, or not decodable (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such post of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "The post has 5 images (TOO_MANY_IMAGES)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "413", description = "The file is over 5 MB (PAYLOAD_TOO_LARGE)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<SocialResponses.Post>> add(@CurrentUser UserId me, @PathVariable String postId,
            @Parameter(hidden = true) HttpServletRequest request) {
        var post = mapper.toPost(images.add(me, postId(postId), ImageExchange.upload(request)));
        var imageUrls = post.imageUrls();
        return Envelope.created(imageUrls.get(imageUrls.size() - 1), post);
    }

    @GetMapping(path = "/{imageId}", produces = { JPEG, PNG, WEBP })
    @Operation(operationId = "getPostImage", summary = "An image of a post you may read",
            description = "An ETag: If-None-Match answers 304.")
    @ApiResponse(responseCode = "200", description = "The image",
            content = { @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @ApiResponse(responseCode = "404", description = "No such image, or a post you may not read (as JSON)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<InputStreamResource> get(@CurrentUser UserId me, @PathVariable String postId,
            @PathVariable String imageId, @Parameter(hidden = true) HttpServletRequest request) {
        var image = imageId(imageId);
        return ImageExchange.serve(images.open(me, postId(postId), image), request, KEEP, "post-image-" + image);
    }

    @DeleteMapping("/{imageId}")
    @Operation(operationId = "deletePostImage", summary = "Remove an image from your post")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such image of a post of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.Deleted> remove(@CurrentUser UserId me, @PathVariable String postId,
            @PathVariable String imageId) {
        var image = imageId(imageId);
        images.remove(me, postId(postId), image);
        return Envelope.ok(new SocialResponses.Deleted(image));
    }

    private static UUID imageId(String value) {
        return QueryParameters.uuid("imageId", value);
    }
}
