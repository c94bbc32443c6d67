/**
 * Technical platform every context plugs into: HTTP conventions, security, rate limits,
 * persistence plumbing, mail, embedded defaults.
 *
 * <p>Closed like any module: contexts use its base package and the named interfaces declared on the
 * package-infos of {@code adapter.rest}, {@code adapter.security}, {@code adapter.persistence},
 * {@code adapter.mail} and {@code security}, each listed in their {@code allowedDependencies}.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = { "shared", "shared :: application",
        "shared :: application.images", "shared :: application.port.in" })
package com.weighttracker.platform;

import org.springframework.modulith.ApplicationModule;
