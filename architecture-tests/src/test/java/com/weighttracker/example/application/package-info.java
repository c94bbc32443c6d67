/** The example's use-case services: plain Java, wired in {@code example.config}. */
@Application
package com.weighttracker.example.application;

import org.jmolecules.architecture.hexagonal.Application;
