/** Identity's use cases: registration, sessions, e-mail verification, passwords, profiles. */
@Application
package com.weighttracker.identity.application;

import org.jmolecules.architecture.hexagonal.Application;
