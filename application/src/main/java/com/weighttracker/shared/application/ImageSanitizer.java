package com.weighttracker.shared.application;

import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.ImageUploadRule;
import com.weighttracker.shared.InvalidInput;

/**
 * Decodes an uploaded image with a real image library and encodes its pixels again, so what is
 * stored is an image every viewer can read and carries no metadata (ADR 10). Implemented by an
 * adapter; no image library in the application.
 */
public interface ImageSanitizer {

    /**
     * Reads the header of {@code content} (as {@code format}, which its magic bytes tell) and refuses
     * more than {@link ImageUploadRule#MAX_PIXELS} before decoding anything; then decodes all of it
     * and encodes it again.
     *
     * @throws InvalidInput on field {@value ImageUploadRule#FIELD} when the header states
     *         too many pixels or the image does not decode completely (truncated, corrupt, noise)
     */
    SanitizedImage sanitize(ImageFormat format, byte[] content);
}
