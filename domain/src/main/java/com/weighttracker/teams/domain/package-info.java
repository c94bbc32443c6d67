/** Teams' model: teams, membership with roles and what each role may do, invite codes, join requests. */
package com.weighttracker.teams.domain;
