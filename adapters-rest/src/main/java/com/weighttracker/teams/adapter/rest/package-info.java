/** Teams over HTTP: /v1/teams (members, roles, invite codes, join requests, avatar) and /v1/users/me/teams. */
@PrimaryAdapter
package com.weighttracker.teams.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
