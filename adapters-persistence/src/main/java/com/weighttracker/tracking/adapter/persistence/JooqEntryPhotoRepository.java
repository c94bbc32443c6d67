package com.weighttracker.tracking.adapter.persistence;

import static com.weighttracker.tracking.adapter.persistence.schema.Tables.ENTRY_PHOTOS;
import static com.weighttracker.tracking.adapter.persistence.schema.Tables.WEIGHT_ENTRIES;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.ImageDimensions;
import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.adapter.persistence.schema.tables.records.EntryPhotosRecord;
import com.weighttracker.tracking.application.port.out.EntryPhotoRepository;
import com.weighttracker.tracking.domain.EntryPhoto;
import com.weighttracker.tracking.domain.PhotoId;
import com.weighttracker.tracking.domain.PhotoImage;
import com.weighttracker.tracking.domain.WeightEntryId;

@Repository
class JooqEntryPhotoRepository implements EntryPhotoRepository {

    private final DSLContext dsl;

    JooqEntryPhotoRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<UserId> ownerOfEntry(WeightEntryId entry) {
        return dsl.select(WEIGHT_ENTRIES.USER_ID).from(WEIGHT_ENTRIES).where(WEIGHT_ENTRIES.ID.eq(entry.value()))
                .fetchOptional(WEIGHT_ENTRIES.USER_ID).map(UserId::new);
    }

    @Override
    public boolean lockOwnedEntry(WeightEntryId entry, UserId owner) {
        return dsl.select(WEIGHT_ENTRIES.ID).from(WEIGHT_ENTRIES)
                .where(WEIGHT_ENTRIES.ID.eq(entry.value()).and(WEIGHT_ENTRIES.USER_ID.eq(owner.value())))
                .forUpdate()
                .fetchOptional().isPresent();
    }

    @Override
    public int countOf(WeightEntryId entry) {
        return dsl.fetchCount(ENTRY_PHOTOS, ENTRY_PHOTOS.ENTRY_ID.eq(entry.value()));
    }

    @Override
    public void add(EntryPhoto photo) {
        var image = photo.image();
        var dimensions = image.dimensions();
        var row = dsl.newRecord(ENTRY_PHOTOS);
        row.setId(photo.getId().value());
        row.setEntryId(photo.entryId().value());
        row.setUserId(photo.owner().value());
        row.setBlobKey(photo.blobKey());
        row.setContentType(image.format().mediaType());
        row.setSizeBytes(image.size());
        row.setWidth(dimensions == null ? null : dimensions.width());
        row.setHeight(dimensions == null ? null : dimensions.height());
        row.setCreatedAt(photo.createdAt());
        dsl.insertInto(ENTRY_PHOTOS).set(row).execute();
    }

    @Override
    public List<EntryPhoto> ofEntry(WeightEntryId entry, int limit) {
        return dsl.selectFrom(ENTRY_PHOTOS).where(ENTRY_PHOTOS.ENTRY_ID.eq(entry.value()))
                .orderBy(ENTRY_PHOTOS.CREATED_AT.asc(), ENTRY_PHOTOS.ID.asc())
                .limit(limit)
                .fetch(JooqEntryPhotoRepository::toPhoto);
    }

    @Override
    public Optional<EntryPhoto> find(WeightEntryId entry, PhotoId id) {
        return dsl.selectFrom(ENTRY_PHOTOS)
                .where(ENTRY_PHOTOS.ID.eq(id.value()).and(ENTRY_PHOTOS.ENTRY_ID.eq(entry.value())))
                .fetchOptional(JooqEntryPhotoRepository::toPhoto);
    }

    @Override
    public void delete(PhotoId id) {
        dsl.deleteFrom(ENTRY_PHOTOS).where(ENTRY_PHOTOS.ID.eq(id.value())).execute();
    }

    @Override
    public List<EntryPhoto> someOf(UserId owner, int limit) {
        return dsl.selectFrom(ENTRY_PHOTOS).where(ENTRY_PHOTOS.USER_ID.eq(owner.value())).limit(limit)
                .fetch(JooqEntryPhotoRepository::toPhoto);
    }

    private static EntryPhoto toPhoto(EntryPhotosRecord row) {
        var dimensions = row.getWidth() == null || row.getHeight() == null ? null
                : new ImageDimensions(row.getWidth(), row.getHeight());
        var format = ImageFormat.ofMediaType(row.getContentType())
                .orElseThrow(() -> new IllegalStateException("not a photo type: " + row.getContentType()));
        var image = new PhotoImage(format, row.getSizeBytes(), dimensions);
        return EntryPhoto.restore(new PhotoId(row.getId()), new WeightEntryId(row.getEntryId()),
                new UserId(row.getUserId()), image, row.getBlobKey(), row.getCreatedAt());
    }
}
