/** Challenges' scheduled job: completing challenges whose last day is over (ADR 19, ADR 25). */
@PrimaryAdapter
package com.weighttracker.challenges.adapter.jobs;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
