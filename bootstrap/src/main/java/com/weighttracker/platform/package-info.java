/**
 * Technical platform every context plugs into: HTTP conventions, security, rate limits,
 * persistence plumbing, mail, embedded defaults. Open: contexts use its pieces directly.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN, allowedDependencies = "shared")
package com.weighttracker.platform;

import org.springframework.modulith.ApplicationModule;
