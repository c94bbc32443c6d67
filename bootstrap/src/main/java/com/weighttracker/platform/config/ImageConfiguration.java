package com.weighttracker.platform.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.platform.adapter.images.ImageIoSanitizer;
import com.weighttracker.shared.application.BlobStorage;
import com.weighttracker.shared.application.ImageSanitizer;
import com.weighttracker.shared.application.images.ImageStore;

/**
 * The one upload path for images of every context (ADR 10): decoded and re-encoded by javax.imageio,
 * at most {@code weighttracker.images.concurrent-decodes} at a time (2 by default: a 40-megapixel
 * image takes about 160 MB while it is decoded), then kept in blob storage.
 */
@Configuration(proxyBeanMethods = false)
class ImageConfiguration {

    @Bean
    ImageSanitizer imageSanitizer(@Value("${weighttracker.images.concurrent-decodes:2}") int concurrentDecodes) {
        return new ImageIoSanitizer(concurrentDecodes);
    }

    @Bean
    ImageStore imageStore(BlobStorage blobs, ImageSanitizer sanitizer) {
        return new ImageStore(blobs, sanitizer);
    }
}
