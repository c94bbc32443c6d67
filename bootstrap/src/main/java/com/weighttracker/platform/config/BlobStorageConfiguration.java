package com.weighttracker.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.platform.adapter.storage.LocalDirectoryBlobStorage;
import com.weighttracker.shared.application.BlobStorage;

/**
 * Blob storage (photos, avatars): a local directory, {@code weighttracker.storage.local-directory}
 * ({@code ~/.weight-tracker/blobs} by default). Blank means a throw-away temporary directory,
 * deleted at shutdown (tests). The S3-compatible store will be chosen by
 * {@code weighttracker.storage.s3.*} (ADR 10).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlobStorageConfiguration.StorageProperties.class)
class BlobStorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BlobStorageConfiguration.class);

    @ConfigurationProperties("weighttracker.storage")
    record StorageProperties(String localDirectory) {
    }

    @Bean
    BlobDirectory blobDirectory(StorageProperties properties) throws IOException {
        var configured = properties.localDirectory();
        if (configured == null || configured.isBlank()) {
            var temporary = Files.createTempDirectory("weight-tracker-blobs-");
            log.warn("Blobs (photos) are kept in the temporary directory {}, deleted at shutdown; set "
                    + "weighttracker.storage.local-directory to keep them", temporary);
            return new BlobDirectory(temporary, true);
        }
        return new BlobDirectory(Path.of(configured), false);
    }

    @Bean
    BlobStorage blobStorage(BlobDirectory directory) {
        var storage = new LocalDirectoryBlobStorage(directory.path());
        log.info("Blobs (photos) are stored in the local directory {}", storage.root());
        return storage;
    }

    /** Where blobs are kept; a temporary one is removed with everything in it when the application stops. */
    record BlobDirectory(Path path, boolean temporary) implements AutoCloseable {

        @Override
        public void close() {
            if (!temporary) {
                return;
            }
            try {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                        Files.delete(directory);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("could not remove the temporary blob directory " + path, e);
            }
        }
    }
}
