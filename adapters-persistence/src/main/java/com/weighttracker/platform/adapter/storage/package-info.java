/** Blob storage (photos, avatars): a local directory by default; see ADR 10 for the S3-compatible store. */
@SecondaryAdapter
package com.weighttracker.platform.adapter.storage;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
