/** Messaging's model: conversations (direct, group, team chat), messages and their rules. */
package com.weighttracker.messaging.domain;
