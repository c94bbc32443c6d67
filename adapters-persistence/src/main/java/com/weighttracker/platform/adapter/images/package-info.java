/** Uploaded images decoded and encoded again with javax.imageio and the TwelveMonkeys plugins (ADR 10). */
@SecondaryAdapter
package com.weighttracker.platform.adapter.images;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
