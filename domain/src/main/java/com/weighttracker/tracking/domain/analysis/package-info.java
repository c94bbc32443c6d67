/**
 * The arithmetic of an honest trend: weigh-ins grouped into the user's local days, the
 * exponentially smoothed trend (Hacker's Diet), the weekly rate with its standard error, the goal
 * projection, the statistics and the chart downsampling. Numbers in kilograms, in primitive arrays:
 * five years of daily weigh-ins must be analysed in well under a millisecond.
 */
package com.weighttracker.tracking.domain.analysis;
