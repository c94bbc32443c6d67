/** Wiring of identity's use cases (plain Java) to their adapters, and its scheduled job. */
package com.weighttracker.identity.config;
