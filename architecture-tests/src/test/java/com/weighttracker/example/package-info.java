/**
 * Example: a tiny context kept in test scope to show, and to prove with the architecture tests, what a complete
 * bounded context looks like (docs/extending.md walks through it). It welcomes every new member of a team
 * once, with the display name identity publishes.
 *
 * <p>The base package is the published surface: the event {@link com.weighttracker.example.MemberWelcomed}
 * and the query interface {@link com.weighttracker.example.WelcomeQuery}. Everything below it is internal.
 * {@code allowedDependencies} lists every module and named interface the context uses, nothing more.
 */
@ApplicationModule(displayName = "Example", allowedDependencies = {
        "shared",
        "shared :: application",
        "identity",
        "teams" })
package com.weighttracker.example;

import org.springframework.modulith.ApplicationModule;
