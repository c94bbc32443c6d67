package com.weighttracker.example.adapter.persistence;

import com.weighttracker.example.application.port.out.Welcomes;
import com.weighttracker.example.domain.Welcome;
import com.weighttracker.shared.UserId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Repository;

@Repository
class InMemoryWelcomes implements Welcomes {

    private final List<Welcome> welcomes = new CopyOnWriteArrayList<>();

    @Override
    public boolean exists(UUID teamId, UserId member) {
        return welcomes.stream().anyMatch(it -> it.teamId().equals(teamId) && it.member().equals(member));
    }

    @Override
    public void save(Welcome welcome) {
        welcomes.add(welcome);
    }

    @Override
    public int countOf(UserId member) {
        return (int) welcomes.stream().filter(it -> it.member().equals(member)).count();
    }
}
