/** Messaging's use cases: conversations, team chats, messages, receipts, typing. */
@Application
package com.weighttracker.messaging.application;

import org.jmolecules.architecture.hexagonal.Application;
