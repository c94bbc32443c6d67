/** Wiring of social's use cases (plain Java) to their adapters. */
package com.weighttracker.social.config;
