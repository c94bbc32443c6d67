/** Start-up wiring of the platform: clock, ids, embedded PostgreSQL, Redis, blob storage. */
package com.weighttracker.platform.config;
