package com.weighttracker.tracking.adapter.imports;

import java.io.OutputStream;

import org.springframework.stereotype.Component;

import com.weighttracker.platform.adapter.rest.Meta;
import com.weighttracker.tracking.application.port.in.WeightEntryExport;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export as JSON in the API's envelope, {@code {success, data: [entry, …], meta}},
 * streamed entry by entry with the application's JSON settings (units lower-case, ISO times).
 */
@Component
public class JsonExportWriter {

    private static final int FLUSH_EVERY = 500;

    private final JsonMapper json;

    JsonExportWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(WeightEntryExport export, OutputStream out) {
        try (var generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeBooleanProperty("success", true);
            generator.writeName("data");
            generator.writeStartArray();
            var rows = 0;
            for (var entry : export.entries()) {
                generator.writePOJO(entry);
                if (++rows % FLUSH_EVERY == 0) {
                    generator.flush();
                }
            }
            generator.writeEndArray();
            generator.writePOJOProperty("meta", Meta.now());
            generator.writeEndObject();
        }
    }
}
