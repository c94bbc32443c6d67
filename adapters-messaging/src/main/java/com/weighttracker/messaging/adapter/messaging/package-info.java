/**
 * Messaging in real time: its pushes (through the platform's {@code LiveUpdates}), who may
 * subscribe to a conversation's topic, and what clients send over STOMP ({@code /app/conversations/…}).
 */
@PrimaryAdapter
package com.weighttracker.messaging.adapter.messaging;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
