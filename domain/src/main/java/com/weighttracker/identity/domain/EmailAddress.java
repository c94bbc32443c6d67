package com.weighttracker.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.Rules;

/**
 * An e-mail address, normalised to lower case: two addresses that differ only in case are the
 * same account.
 */
public record EmailAddress(String value) implements ValueObject {

    // Pragmatic subset of RFC 5322: one @, a dotted domain, no spaces or control characters.
    private static final Pattern FORMAT = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        Rules.required("email", value);
        value = value.strip().toLowerCase(Locale.ROOT);
        Rules.maxLength("email", value, MAX_LENGTH);
        Rules.check(FORMAT.matcher(value).matches() && !value.contains(".."), "email",
                "email must be a valid e-mail address");
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return "EmailAddress[redacted]";
    }
}
