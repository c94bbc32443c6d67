package com.weighttracker.identity.application.port.out;

import java.util.Optional;

import com.weighttracker.identity.domain.Profile;
import com.weighttracker.shared.UserId;

public interface ProfileRepository {

    Optional<Profile> findById(UserId id);

    void add(Profile profile);

    void update(Profile profile);
}
