/** Keeps the example's welcomes (in memory here; a real context uses jOOQ over its own schema). */
@SecondaryAdapter
package com.weighttracker.example.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
