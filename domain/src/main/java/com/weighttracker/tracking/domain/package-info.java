/** Tracking's model: weigh-ins in any unit, goals, and the arithmetic of an honest trend. */
package com.weighttracker.tracking.domain;
