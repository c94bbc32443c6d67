/**
 * The shared kernel: the few types every bounded context may use (user ids, rejections, the
 * aggregate base, transaction and event ports). Kept deliberately tiny; nothing context-specific
 * belongs here. (This package-info lives in bootstrap because the domain jar carries no Spring.)
 *
 * <p>Closed like any module: its base package and the named interface {@code shared :: application}
 * (the shared outbound ports) are its API, and each module lists them in its {@code allowedDependencies}.
 * It depends on nothing.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package com.weighttracker.shared;

import org.springframework.modulith.ApplicationModule;
