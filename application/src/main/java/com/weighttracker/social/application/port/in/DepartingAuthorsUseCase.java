package com.weighttracker.social.application.port.in;

import com.weighttracker.shared.UserId;

/**
 * What social does when identity says a user is leaving: hide their content while deletion is
 * pending, show it again when they come back, forget it when they are purged. Each is idempotent
 * (events come at least once).
 */
public interface DepartingAuthorsUseCase {

    void hide(UserId author);

    void show(UserId author);

    void forget(UserId author);
}
