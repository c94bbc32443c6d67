package com.weighttracker.tracking.adapter.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.weighttracker.tracking.application.port.in.EntryPhotoView;
import com.weighttracker.tracking.application.port.in.GoalView;
import com.weighttracker.tracking.application.port.in.ImportReport;
import com.weighttracker.tracking.application.port.in.ProgressChartView;
import com.weighttracker.tracking.application.port.in.ProgressStatsView;
import com.weighttracker.tracking.application.port.in.WeightEntryView;

/**
 * The tracking use cases' views as the REST adapter's responses (ADR 18). Generated as a Spring bean;
 * values are copied as they are, so numbers keep the scale the views gave them (ADR 11).
 */
@Mapper
interface TrackingRestMapper {

    TrackingResponses.WeightEntry toWeightEntry(WeightEntryView entry);

    TrackingResponses.Goal toGoal(GoalView goal);

    TrackingResponses.ProgressStats toProgressStats(ProgressStatsView stats);

    TrackingResponses.ProgressChart toProgressChart(ProgressChartView chart);

    @Mapping(target = "url", expression = "java(photoUrl(photo))")
    TrackingResponses.EntryPhoto toEntryPhoto(EntryPhotoView photo);

    TrackingResponses.ImportReport toImportReport(ImportReport report);

    /** Where a photo's bytes are, relative to the API's origin. */
    default String photoUrl(EntryPhotoView photo) {
        return "/v1/weight-entries/" + photo.entryId() + "/photos/" + photo.id();
    }
}
