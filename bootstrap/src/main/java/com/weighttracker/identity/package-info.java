/**
 * Identity: accounts, credentials, sessions, profiles and privacy. The base package is the
 * context's published surface: the events other contexts may react to and the types they carry.
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {
        "shared",
        "shared :: application",
        "shared :: application.images",
        "shared :: application.port.in",
        "platform",
        "platform :: adapter.rest",
        "platform :: adapter.security",
        "platform :: adapter.persistence",
        "platform :: adapter.mail",
        "platform :: adapter.events",
        "platform :: security" })
package com.weighttracker.identity;

import org.springframework.modulith.ApplicationModule;
