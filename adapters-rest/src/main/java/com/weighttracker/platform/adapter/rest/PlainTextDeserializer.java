package com.weighttracker.platform.adapter.rest;

import com.weighttracker.shared.Rules;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every JSON string the API reads (bio, notes, names, messages, and each one to come) passes here:
 * control characters other than tab and line breaks are refused with a 400 naming the field,
 * before a NUL can reach PostgreSQL (which cannot store it) or an escape sequence a terminal.
 */
final class PlainTextDeserializer extends StringDeserializer {

    static final String MESSAGE = "must not contain control characters (tab and line breaks are fine)";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        var value = super.deserialize(parser, context);
        if (value != null && !Rules.isPlainText(value)) {
            throw new ControlCharacterException(parser);
        }
        return value;
    }

    /** A string with a control character; the path Jackson adds names the field. */
    static final class ControlCharacterException extends MismatchedInputException {

        ControlCharacterException(JsonParser parser) {
            super(parser, "text " + MESSAGE, String.class);
        }
    }
}
