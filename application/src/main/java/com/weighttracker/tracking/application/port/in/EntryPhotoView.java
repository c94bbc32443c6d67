package com.weighttracker.tracking.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.tracking.domain.EntryPhoto;

/** What is known about a photo; width and height are null when its header did not tell them. */
public record EntryPhotoView(UUID id, UUID entryId, String contentType, long size, Integer width, Integer height,
        Instant createdAt) {

    public static EntryPhotoView of(EntryPhoto photo) {
        var image = photo.image();
        var dimensions = image.dimensions();
        return new EntryPhotoView(photo.getId().value(), photo.entryId().value(), image.format().mediaType(),
                image.size(), dimensions == null ? null : dimensions.width(),
                dimensions == null ? null : dimensions.height(), photo.createdAt());
    }
}
