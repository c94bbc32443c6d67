package com.weighttracker.platform.adapter.jobs;

import java.nio.charset.StandardCharsets;

import com.github.kagkarlsson.scheduler.serializer.Serializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Task data as JSON rather than Java serialization: readable in the table, and nothing read back
 * can instantiate a class the task did not ask for.
 */
final class JsonTaskData implements Serializer {

    private final JsonMapper json;

    JsonTaskData(JsonMapper json) {
        this.json = json;
    }

    @Override
    public byte[] serialize(Object data) {
        return data == null ? null : json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] serialized) {
        return serialized == null ? null : json.readValue(serialized, type);
    }
}
