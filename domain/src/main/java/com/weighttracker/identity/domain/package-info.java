/** Identity's model: accounts and their credentials, profiles, session and one-time tokens. */
package com.weighttracker.identity.domain;
