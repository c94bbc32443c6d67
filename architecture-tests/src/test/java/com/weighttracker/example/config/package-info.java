/** Wiring of the example's use cases (in production code: in bootstrap). */
package com.weighttracker.example.config;
