/** Start-up wiring of the platform: clock, ids, embedded PostgreSQL, Redis. */
package com.weighttracker.platform.config;
