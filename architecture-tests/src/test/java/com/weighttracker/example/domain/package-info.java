/** The example's domain: plain Java and jMolecules, no Spring. */
package com.weighttracker.example.domain;
