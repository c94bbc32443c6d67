package com.weighttracker.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.weighttracker.challenges.UpcomingChallengesQuery;
import com.weighttracker.identity.MailAddresses;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.notifications.application.Deliveries.Intent;
import com.weighttracker.notifications.application.Deliveries.PendingPush;
import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.out.MailComposer.MailTemplate;
import com.weighttracker.notifications.application.port.out.MailQueue;
import com.weighttracker.notifications.application.port.out.MailSender;
import com.weighttracker.notifications.application.port.out.MailSender.MailNotDelivered;
import com.weighttracker.notifications.application.port.out.NotificationRepository;
import com.weighttracker.notifications.application.port.out.PreferencesRepository;
import com.weighttracker.notifications.application.port.out.PreferencesRepository.Due;
import com.weighttracker.notifications.application.port.out.QueuedMail;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.notifications.domain.NotificationPreferences;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.teams.TeamMembership.TeamSummary;
import com.weighttracker.tracking.WeeklyRecap;
import com.weighttracker.tracking.WeeklyRecapQuery;
import com.weighttracker.tracking.WeighInActivityQuery;

/** The queued and scheduled work: e-mail delivery with retries, reminders, weekly summaries, clean-up. */
public final class DeliveryJobsService implements DeliveryJobsUseCase {

    /** Attempts before an e-mail is abandoned; retries wait 1, 2, 4, 8 minutes. */
    static final int MAX_MAIL_ATTEMPTS = 5;
    /** A reminder found this late (the application was down) is skipped, not sent at the wrong time. */
    static final Duration STALE_REMINDER = Duration.ofHours(2);
    static final Duration READ_RETENTION = Duration.ofDays(90);
    static final Duration UNREAD_RETENTION = Duration.ofDays(365);
    static final Duration MAIL_RETENTION = Duration.ofDays(7);

    private final PreferencesRepository preferences;
    private final NotificationRepository notifications;
    private final MailQueue mail;
    private final MailSender sender;
    private final Deliveries deliveries;
    private final UserDirectory users;
    private final MailAddresses addresses;
    private final WeeklyRecapQuery recap;
    private final WeighInActivityQuery activity;
    private final TeamMembership teams;
    private final TeamHighlights teamHighlights;
    private final UpcomingChallengesQuery upcomingChallenges;
    private final Transactions transactions;
    private final Clock clock;

    public DeliveryJobsService(PreferencesRepository preferences, NotificationRepository notifications, MailQueue mail,
            MailSender sender, Deliveries deliveries, UserDirectory users, MailAddresses addresses,
            WeeklyRecapQuery recap, WeighInActivityQuery activity, TeamMembership teams,
            UpcomingChallengesQuery upcomingChallenges, Transactions transactions, Clock clock) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.mail = mail;
        this.sender = sender;
        this.deliveries = deliveries;
        this.users = users;
        this.addresses = addresses;
        this.recap = recap;
        this.activity = activity;
        this.teams = teams;
        this.teamHighlights = new TeamHighlights(teams, activity, clock);
        this.upcomingChallenges = upcomingChallenges;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int deliverQueuedMail(int batch) {
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            var due = mail.claimDue(now, Math.min(batch, MailAddresses.MAX_USERS));
            if (due.isEmpty()) {
                return 0;
            }
            var to = addresses.verifiedAddresses(due.stream().map(m -> m.user()).collect(Collectors.toSet()));
            var sent = new ArrayList<UUID>();
            for (var queued : due) {
                var address = to.get(queued.user());
                if (address == null) {
                    mail.failed(queued.id(), queued.attempts(), null, "no verified address");
                    continue;
                }
                try {
                    sender.send(address, queued);
                    sent.add(queued.id());
                } catch (MailNotDelivered failure) {
                    var attempts = queued.attempts() + 1;
                    var retryAt = attempts >= MAX_MAIL_ATTEMPTS ? null
                            : now.plus(Duration.ofMinutes(1L << (attempts - 1)));
                    mail.failed(queued.id(), attempts, retryAt, failure.getMessage());
                }
            }
            // in the same transaction as the claim, so a crash before commit leaves them due, as before
            mail.sentAll(sent, now);
            return due.size();
        });
    }

    @Override
    public int sendDueReminders(int batch) {
        var pushes = new ArrayList<PendingPush>();
        var handled = transactions.inTransaction(() -> {
            var now = clock.instant();
            var size = Math.min(batch, WeighInActivityQuery.MAX_USERS);
            var intents = new ArrayList<Intent>();
            var done = new ArrayList<NotificationPreferences>();
            var daily = preferences.claimDue(Due.DAILY_REMINDER, now, size);
            var facts = factsOf(daily);
            var weighedIn = weighedInOnTheirDay(daily, facts);
            for (var chosen : daily) {
                var user = chosen.getId();
                var known = facts.get(user);
                if (known == null) {
                    preferences.delete(user);
                    continue;
                }
                var due = chosen.nextDailyReminder().orElseThrow();
                var day = due.atZone(known.timeZone()).toLocalDate();
                if (!weighedIn.contains(user) && !isStale(due, now)) {
                    intents.add(new Intent(new NotifyCommand(user, Category.REMINDER, new NotificationContent(
                            "Time to weigh in", "A quick weigh-in keeps your trend honest.", "/weight-entries/new"),
                            "daily-reminder:" + day), chosen, known));
                }
                chosen.dailyReminderDone(known.timeZone(), due, now);
                done.add(chosen);
            }
            // before the check-ins are read: a user due for both is read again, with this plan
            preferences.saveAll(done);
            done.clear();
            var checkIns = preferences.claimDue(Due.CHECK_IN, now, size);
            var checkInFacts = factsOf(checkIns);
            for (var chosen : checkIns) {
                var known = checkInFacts.get(chosen.getId());
                if (known == null) {
                    preferences.delete(chosen.getId());
                    continue;
                }
                var due = chosen.nextCheckIn().orElseThrow();
                if (!isStale(due, now)) {
                    intents.add(new Intent(new NotifyCommand(chosen.getId(), Category.REMINDER, new NotificationContent(
                            "Weekly check-in", "How did your week go? Look at your trend and set your focus for the "
                                    + "next one.", "/progress"),
                            "check-in:" + due.atZone(known.timeZone()).toLocalDate()), chosen, known));
                }
                chosen.checkInDone(known.timeZone(), due, now);
                done.add(chosen);
            }
            preferences.saveAll(done);
            pushes.addAll(deliveries.recordAll(intents, now));
            return daily.size() + checkIns.size();
        });
        deliveries.pushAll(pushes);
        return handled;
    }

    @Override
    public int sendDueSummaries(int batch) {
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            var size = Math.min(batch, Math.min(WeeklyRecapQuery.MAX_USERS,
                    Math.min(TeamMembership.MAX_USERS, UpcomingChallengesQuery.MAX_USERS)));
            var due = preferences.claimDue(Due.SUMMARY, now, size);
            var facts = factsOf(due);
            // the users' teams once, for the highlights and for the challenges open to them
            var theirTeams = facts.isEmpty() ? Map.<UserId, List<TeamSummary>>of() : teams.teamsOfAll(facts.keySet());
            var highlights = teamHighlights.of(theirTeams);
            var teamIds = new HashMap<UserId, List<UUID>>();
            facts.keySet().forEach(user -> teamIds.put(user, theirTeams.getOrDefault(user, List.of()).stream()
                    .map(TeamSummary::teamId).toList()));
            var upcoming = upcomingChallenges.upcomingForMembers(teamIds, LocalDate.ofInstant(now, ZoneOffset.UTC));
            var recaps = new HashMap<UserId, WeeklyRecap>();
            groupByLocalDay(due, facts, NotificationPreferences::nextSummary)
                    .forEach((monday, group) -> recaps.putAll(recap.recapOf(group, monday)));
            var mails = new ArrayList<QueuedMail>();
            var done = new ArrayList<NotificationPreferences>();
            for (var chosen : due) {
                var user = chosen.getId();
                var known = facts.get(user);
                if (known == null) {
                    preferences.delete(user);
                    continue;
                }
                var summary = WeeklySummary.of(known.preferredUnit(), recaps.get(user), highlights.get(user),
                        upcoming.get(user));
                mails.add(deliveries.compose(known, Category.WEEKLY_SUMMARY, "Your week in Weight Tracker",
                        MailTemplate.WEEKLY_SUMMARY, summary.model(), chosen, now));
                chosen.summaryDone(known.timeZone(), chosen.nextSummary().orElseThrow(), now);
                done.add(chosen);
            }
            deliveries.queueAll(mails);
            preferences.saveAll(done);
            return due.size();
        });
    }

    @Override
    public int cleanUp() {
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            return notifications.deleteOld(now.minus(READ_RETENTION), now.minus(UNREAD_RETENTION))
                    + mail.deleteDoneBefore(now.minus(MAIL_RETENTION));
        });
    }

    private Map<UserId, UserFacts> factsOf(List<NotificationPreferences> due) {
        return due.isEmpty() ? Map.of() : users.findAll(due.stream().map(NotificationPreferences::getId).toList());
    }

    /** Users who logged a weigh-in on the local day their reminder is due; one query per distinct day (a handful). */
    private Set<UserId> weighedInOnTheirDay(List<NotificationPreferences> due, Map<UserId, UserFacts> facts) {
        var weighedIn = new HashSet<UserId>();
        groupByLocalDay(due, facts, NotificationPreferences::nextDailyReminder)
                .forEach((day, group) -> weighedIn.addAll(activity.weighedInOn(group, day)));
        return weighedIn;
    }

    private static Map<LocalDate, Map<UserId, UserFacts>> groupByLocalDay(List<NotificationPreferences> due,
            Map<UserId, UserFacts> facts, Function<NotificationPreferences, java.util.Optional<Instant>> when) {
        var groups = new HashMap<LocalDate, Map<UserId, UserFacts>>();
        for (var chosen : due) {
            var known = facts.get(chosen.getId());
            var at = when.apply(chosen);
            if (known != null && at.isPresent()) {
                groups.computeIfAbsent(at.get().atZone(known.timeZone()).toLocalDate(), day -> new HashMap<>())
                        .put(chosen.getId(), known);
            }
        }
        return groups;
    }

    private static boolean isStale(Instant due, Instant now) {
        return due.plus(STALE_REMINDER).isBefore(now);
    }
}
