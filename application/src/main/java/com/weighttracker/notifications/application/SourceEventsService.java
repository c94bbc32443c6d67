package com.weighttracker.notifications.application;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.Visibility;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.application.port.in.SourceEventsUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.MassText;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;

/** Tracking's and teams' events as notifications, through the one way in ({@link NotifyUseCase}). */
public final class SourceEventsService implements SourceEventsUseCase {

    /** A teammate's milestone goes to at most this many teammates (teams have at most 200 members each). */
    static final int MAX_TEAMMATES = 1_000;

    private final NotifyUseCase notify;
    private final UserDirectory users;
    private final TeamMembership teams;

    public SourceEventsService(NotifyUseCase notify, UserDirectory users, TeamMembership teams) {
        this.notify = notify;
        this.users = users;
        this.teams = teams;
    }

    @Override
    public void goalReached(UserId user, Mass target, Instant reachedAt) {
        var facts = users.find(user);
        if (facts.isEmpty()) {
            return;
        }
        var key = "goal-reached:" + user + ":" + reachedAt.toEpochMilli();
        notify.notify(new NotifyCommand(user, Category.ACHIEVEMENT, new NotificationContent("Goal reached!",
                "Your trend reached your goal of " + MassText.of(target, facts.get().preferredUnit())
                        + ". Well done: set your next goal when you are ready.", "/goals"), key));
        var name = NotificationContent.shortened(facts.get().displayName() == null ? facts.get().username()
                : facts.get().displayName(), 50);
        var teammates = new HashSet<UserId>();
        for (var team : teams.teamsOf(user)) {
            teammates.addAll(teams.memberIds(team));
            if (teammates.size() > MAX_TEAMMATES) {
                break;
            }
        }
        teammates.remove(user);
        var shared = facts.get().weightVisibility() == Visibility.PUBLIC;
        users.findAll(teammates).values().forEach(teammate -> {
            var body = shared
                    ? name + " reached their goal of " + MassText.of(target, teammate.preferredUnit()) + "."
                    : name + " reached their goal.";
            notify.notify(new NotifyCommand(teammate.userId(), Category.TEAM, new NotificationContent(
                    "A teammate reached their goal", body + " Cheer them on!", "/users/" + user.value()), key));
        });
    }

    @Override
    public void joinRequestDecided(UUID requestId, UUID teamId, UserId requester, boolean approved) {
        var content = approved
                ? new NotificationContent("Join request approved", "You are now a member of the team.",
                        "/teams/" + teamId)
                : new NotificationContent("Join request declined", "Your request to join a team was declined.",
                        null);
        notify.notify(new NotifyCommand(requester, Category.TEAM, content, "join-request:" + requestId));
    }

    @Override
    public void challengeCompleted(UUID challengeId, String name, List<UserId> winners, List<UserId> participants,
            int rewardPoints) {
        var title = NotificationContent.shortened(name, 60);
        var link = "/challenges/" + challengeId;
        var key = "challenge-completed:" + challengeId;
        for (var participant : participants) {
            var content = winners.contains(participant)
                    ? new NotificationContent("You won " + title + "!", rewardPoints > 0
                            ? "You earned " + rewardPoints + " points. Well done!" : "Well done!", link)
                    : new NotificationContent(title + " is over", "See the final leaderboard.", link);
            notify.notify(new NotifyCommand(participant, Category.CHALLENGE, content, key));
        }
    }

    @Override
    public void achievementUnlocked(UserId user, String code, String title, String description, int points) {
        if ("goal_reached".equals(code)) {
            return;
        }
        notify.notify(new NotifyCommand(user, Category.ACHIEVEMENT, new NotificationContent("Badge unlocked: " + title,
                description + " +" + points + " points.", "/users/" + user.value() + "/achievements"),
                "achievement:" + code + ":" + user));
    }
}
