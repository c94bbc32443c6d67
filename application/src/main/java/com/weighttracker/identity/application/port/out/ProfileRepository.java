package com.weighttracker.identity.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.weighttracker.identity.domain.Profile;
import com.weighttracker.shared.UserId;

public interface ProfileRepository {

    Optional<Profile> findById(UserId id);

    List<Profile> findAllById(Collection<UserId> ids);

    void add(Profile profile);

    void update(Profile profile);
}
