/** Teams' use cases: teams, membership and roles, invite codes, join requests, avatars, forgetting purged users. */
@Application
package com.weighttracker.teams.application;

import org.jmolecules.architecture.hexagonal.Application;
