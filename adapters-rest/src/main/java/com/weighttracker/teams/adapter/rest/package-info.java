/**
 * Teams over HTTP: /v1/teams (members, roles, invite codes, join requests, avatar), /v1/users/me/teams
 * and /v1/users/me/join-requests.
 */
@PrimaryAdapter
package com.weighttracker.teams.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
