/** Messaging's reactions to other contexts' events: team chats follow teams. */
@PrimaryAdapter
package com.weighttracker.messaging.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
