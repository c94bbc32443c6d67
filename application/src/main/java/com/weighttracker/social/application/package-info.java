/** Social's use cases: posts, the feed, likes, comments, blocking, and forgetting departing authors. */
@Application
package com.weighttracker.social.application;

import org.jmolecules.architecture.hexagonal.Application;
