/** What teams need from the outside: storage of teams, members, invite codes and join requests. */
@SecondaryPort
package com.weighttracker.teams.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
