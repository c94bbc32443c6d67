/** Messaging over HTTP: /v1/conversations and /v1/messages. */
@PrimaryAdapter
package com.weighttracker.messaging.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
