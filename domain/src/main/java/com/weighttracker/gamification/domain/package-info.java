/** Gamification's model: achievements unlocked once, the rules that unlock them, and points. */
package com.weighttracker.gamification.domain;
