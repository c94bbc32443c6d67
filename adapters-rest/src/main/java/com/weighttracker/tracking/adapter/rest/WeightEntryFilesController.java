package com.weighttracker.tracking.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.PayloadTooLargeException;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.adapter.imports.CsvExportWriter;
import com.weighttracker.tracking.adapter.imports.JsonExportWriter;
import com.weighttracker.tracking.adapter.imports.UploadTooLargeException;
import com.weighttracker.tracking.adapter.imports.WeightFiles;
import com.weighttracker.tracking.application.port.in.ExportWeightEntriesUseCase;
import com.weighttracker.tracking.application.port.in.ImportReport;
import com.weighttracker.tracking.application.port.in.ImportWeightEntriesUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Import and export of the signed-in user's weigh-ins as files (FR-2.2, NFR-4.4). Exports stream:
 * rows go out as they are read, a chunk at a time. Imports recognise the format from the content.
 */
@RestController
@RequestMapping("/v1/weight-entries")
@Tag(name = "Weight entries", description = "Weigh-ins in kg, lb or st+lb; several a day; only their owner sees them.")
class WeightEntryFilesController {

    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String IMPORT_DESCRIPTION = "Our CSV export, Libra, openScale, wger, Withings, Garmin "
            + "Connect or Samsung Health weight CSV, or an Apple Health export.xml / export.zip; the format is told "
            + "from the content, not the name. Send it as the multipart field 'file' (at most 10 MB) or as the "
            + "request body (Apple Health up to 200 MB, CSV up to 10 MB). Each row is validated like a manual "
            + "weigh-in: values are rounded to 2 decimals in their unit, times without a zone are in the user's "
            + "time zone; bad rows are reported with their line and skipped. Weigh-ins that exist already (same "
            + "instant and mass) are skipped, so importing a file twice adds nothing. At most "
            + ImportWeightEntriesUseCase.MAX_ROWS + " rows per file; the valid rows are stored all or none. A zip "
            + "inflates to at most 2 GB and 100 times its size (413); no XML tag, text or comment may exceed 1 MB, no "
            + "CSV cell 16,384 or line 65,536 characters (400). Garmin Connect exports in English, German, French, "
            + "Spanish, Italian or Dutch; skeletal muscle mass is not imported (muscleMass is total muscle mass).";

    /** The two ways to send the file, documented once for both handler methods. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = @SchemaProperty(name = "file",
                    schema = @Schema(type = "string", format = "binary"))),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary")) })
    @interface ImportRequestBody {
    }

    private final ImportWeightEntriesUseCase imports;
    private final ExportWeightEntriesUseCase exports;
    private final WeightFiles files;
    private final JsonExportWriter json;
    private final TrackingRestMapper mapper;

    WeightEntryFilesController(ImportWeightEntriesUseCase imports, ExportWeightEntriesUseCase exports,
            WeightFiles files, JsonExportWriter json, TrackingRestMapper mapper) {
        this.imports = imports;
        this.mapper = mapper;
        this.exports = exports;
        this.files = files;
        this.json = json;
    }

    @GetMapping("/export.csv")
    @Operation(summary = "Export all own weigh-ins as CSV",
            description = "Every field, oldest first: recorded_at, local_date (in the user's time zone), weight "
                    + "with unit and pounds (for st) in the preferred unit or ?unit=, the exact weight_kg and "
                    + "entered_unit, notes, body composition, source. Importing the file again restores the "
                    + "weigh-ins exactly (nothing is added twice).")
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void exportCsv(@CurrentUser UserId me, @Parameter(schema = @Schema(allowableValues = { "kg", "lb", "st" }))
            @RequestParam(required = false) String unit, HttpServletResponse response) throws IOException {
        export(me, "csv", unit, response);
    }

    @GetMapping("/export.json")
    @Operation(summary = "Export all own weigh-ins as JSON", description = "The CSV export's data in the envelope.")
    @ApiResponse(responseCode = "200", description = "The JSON file")
    void exportJson(@CurrentUser UserId me, @Parameter(schema = @Schema(allowableValues = { "kg", "lb", "st" }))
            @RequestParam(required = false) String unit, HttpServletResponse response) throws IOException {
        export(me, "json", unit, response);
    }

    @GetMapping("/export")
    @Operation(summary = "Export all own weigh-ins, as ?format=csv (default) or json")
    @ApiResponse(responseCode = "200", description = "The file")
    void exportAs(@CurrentUser UserId me,
            @Parameter(schema = @Schema(allowableValues = { "csv", "json" })) @RequestParam(required = false) String format,
            @Parameter(schema = @Schema(allowableValues = { "kg", "lb", "st" })) @RequestParam(required = false) String unit,
            HttpServletResponse response) throws IOException {
        var chosen = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("csv") && !chosen.equals("json")) {
            throw InvalidInput.of("format", "format must be one of: csv, json");
        }
        export(me, chosen, unit, response);
    }

    private void export(UserId me, String format, String unit, HttpServletResponse response) throws IOException {
        var export = exports.export(me, QueryParameters.enumValue("unit", unit, MassUnit.class));
        response.setContentType(format.equals("csv") ? CSV : MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("weight-entries-" + export.exportedOn() + "." + format).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (format.equals("csv")) {
            CsvExportWriter.write(export, response.getOutputStream());
        } else {
            json.write(export, response.getOutputStream());
        }
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import weigh-ins from a file", description = IMPORT_DESCRIPTION)
    @ImportRequestBody
    @ApiResponse(responseCode = "200",
            description = "{imported, skippedDuplicates, rejected[{line, reason}], rejectedCount, format}")
    @ApiResponse(responseCode = "400",
            description = "Empty file, unknown format, broken CSV or XML, too many rows (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "413", description = "File too large",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TrackingResponses.ImportReport> importUpload(@CurrentUser UserId me,
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw InvalidInput.of("file", "file is required: send the export as the multipart field 'file'");
        }
        return Envelope.ok(mapper.toImportReport(importFrom(me, file.getInputStream())));
    }

    @PostMapping(path = "/import", produces = MediaType.APPLICATION_JSON_VALUE, consumes = {
            MediaType.APPLICATION_OCTET_STREAM_VALUE, "application/zip", "application/x-zip-compressed",
            MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE })
    @Operation(summary = "Import weigh-ins from a file", description = IMPORT_DESCRIPTION)
    @ImportRequestBody
    @ApiResponse(responseCode = "200", description = "The import report")
    Envelope<TrackingResponses.ImportReport> importBody(@CurrentUser UserId me, HttpServletRequest request)
            throws IOException {
        if (request.getContentLengthLong() > WeightFiles.MAX_UPLOAD_BYTES) {
            throw new PayloadTooLargeException("An upload may be at most " + WeightFiles.MAX_UPLOAD_BYTES / (1024 * 1024)
                    + " MB.");
        }
        return Envelope.ok(mapper.toImportReport(importFrom(me, request.getInputStream())));
    }

    private ImportReport importFrom(UserId me, InputStream upload) throws IOException {
        try (upload) {
            var file = files.open(upload);
            return imports.importEntries(me, file.format(), file.rows());
        } catch (RuntimeException failure) {
            var tooLarge = UploadTooLargeException.in(failure);
            if (tooLarge != null) {
                throw new PayloadTooLargeException(tooLarge.getMessage());
            }
            throw failure;
        }
    }
}
