/**
 * Identity: accounts, credentials, sessions, profiles and privacy. The base package is the
 * context's published surface: the events other contexts may react to and the types they carry.
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "platform" })
package com.weighttracker.identity;

import org.springframework.modulith.ApplicationModule;
