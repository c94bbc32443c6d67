/**
 * The shared kernel: the few types every bounded context may use (user ids, rejections, the
 * aggregate base, transaction and event ports). Kept deliberately tiny; nothing context-specific
 * belongs here. (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package com.weighttracker.shared;

import org.springframework.modulith.ApplicationModule;
