/** Challenges' model: challenges with their rules, participants and the scoring on the trend. */
package com.weighttracker.challenges.domain;
