package com.weighttracker.shared;

import org.jmolecules.ddd.types.ValueObject;

/** An image's width and height in pixels, as its header states them. */
public record ImageDimensions(int width, int height) implements ValueObject {

    public ImageDimensions {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image has a positive width and height");
        }
    }
}
