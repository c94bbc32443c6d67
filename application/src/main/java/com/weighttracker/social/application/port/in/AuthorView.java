package com.weighttracker.social.application.port.in;

import java.util.UUID;

/** Who wrote something, as the reader may see them; {@code hasAvatar} only when the reader may see it. */
public record AuthorView(UUID id, String username, String displayName, boolean hasAvatar) {
}
