package com.weighttracker.example.application.port.out;

import com.weighttracker.example.domain.Welcome;
import com.weighttracker.shared.UserId;
import java.util.UUID;

/** Where welcomes are kept (in production a jOOQ adapter over the context's own schema). */
public interface Welcomes {

    boolean exists(UUID teamId, UserId member);

    void save(Welcome welcome);

    int countOf(UserId member);
}
