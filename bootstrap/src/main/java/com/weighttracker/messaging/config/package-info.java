/** Wiring of messaging's use cases. */
package com.weighttracker.messaging.config;
