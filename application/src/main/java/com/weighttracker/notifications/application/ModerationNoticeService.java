package com.weighttracker.notifications.application;

import java.util.UUID;

import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.application.port.in.TellModerationOutcomeUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;

/**
 * Tells an author that a moderator removed their content, through the one way in. The source key is
 * the removed item, so a redelivered event is one notification. The removed text is not quoted: the
 * author wrote it and no longer sees it anywhere else, and quoting would spread what was removed.
 */
public final class ModerationNoticeService implements TellModerationOutcomeUseCase {

    private final NotifyUseCase notify;

    public ModerationNoticeService(NotifyUseCase notify) {
        this.notify = notify;
    }

    @Override
    public void contentRemoved(UserId author, boolean comment, UUID contentId) {
        var what = comment ? "comment" : "post";
        notify.notify(new NotifyCommand(author, Category.MODERATION, new NotificationContent(
                "Your " + what + " was removed",
                "A moderator removed your " + what + " because it broke the community guidelines.", null),
                "content-removed:" + contentId));
    }
}
