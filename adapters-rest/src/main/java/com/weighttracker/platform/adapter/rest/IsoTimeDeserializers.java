package com.weighttracker.platform.adapter.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Instants and dates are ISO-8601 strings and nothing else. Jackson's own readers also take
 * numbers as epoch seconds or days, where {@code 1e308} silently became 1970-01-01 and
 * {@code 2147483648} days a 500; a number is now a 400 naming the field, like any bad string.
 * Whether a well-formed value is plausible (a weigh-in after 1900) is the domain's call.
 */
final class IsoTimeDeserializers {

    private IsoTimeDeserializers() {
    }

    static StdScalarDeserializer<Instant> instants() {
        return new IsoString<>(Instant.class, Instant::parse);
    }

    static StdScalarDeserializer<LocalDate> dates() {
        return new IsoString<>(LocalDate.class, LocalDate::parse);
    }

    private static final class IsoString<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parse;

        IsoString(Class<T> type, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            var text = parser.getString().strip();
            try {
                return parse.apply(text);
            } catch (DateTimeException notIso) {
                return type.cast(context.handleWeirdStringValue(type, text, "not ISO-8601"));
            }
        }
    }
}
