package com.weighttracker.messaging.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;

/** A group's avatar: set and removed by its owner, seen by its participants. */
public interface ConversationAvatarUseCase {

    ConversationView replace(UserId me, UUID conversationId, ImageUpload upload);

    ImageContent open(UserId me, UUID conversationId);

    void remove(UserId me, UUID conversationId);
}
