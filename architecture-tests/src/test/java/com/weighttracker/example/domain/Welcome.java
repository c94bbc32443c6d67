package com.weighttracker.example.domain;

import com.weighttracker.example.MemberWelcomed;
import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.UserId;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** One welcome of one member into one team: created by a named factory, it records the event it caused. */
public final class Welcome extends EventRecordingAggregate<Welcome, Welcome.WelcomeId> {

    public record WelcomeId(UUID value) implements Identifier {
    }

    private final WelcomeId id;
    private final UUID teamId;
    private final UserId member;
    private final Greeting greeting;

    private Welcome(WelcomeId id, UUID teamId, UserId member, Greeting greeting) {
        this.id = id;
        this.teamId = teamId;
        this.member = member;
        this.greeting = greeting;
    }

    public static Welcome greet(WelcomeId id, UUID teamId, UserId member, Greeting greeting) {
        var welcome = new Welcome(id, teamId, member, greeting);
        welcome.register(new MemberWelcomed(id.value(), teamId, member, greeting.text()));
        return welcome;
    }

    @Override
    public WelcomeId getId() {
        return id;
    }

    public UUID teamId() {
        return teamId;
    }

    public UserId member() {
        return member;
    }

    public Greeting greeting() {
        return greeting;
    }
}
