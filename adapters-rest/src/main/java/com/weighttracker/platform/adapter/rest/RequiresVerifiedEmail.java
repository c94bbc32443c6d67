package com.weighttracker.platform.adapter.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks social endpoints (posting, messaging, joining teams): callers whose e-mail address is not
 * verified get 403 {@code EMAIL_NOT_VERIFIED}. On a controller class it covers every method.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresVerifiedEmail {
}
