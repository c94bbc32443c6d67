package com.weighttracker.notifications.config;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.challenges.UpcomingChallengesQuery;
import com.weighttracker.notifications.application.LiveNotificationService;
import com.weighttracker.shared.application.LiveUpdates;
import com.weighttracker.identity.MailAddresses;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.messaging.MessageRecipients;
import com.weighttracker.notifications.application.Deliveries;
import com.weighttracker.notifications.application.DeliveryJobsService;
import com.weighttracker.notifications.application.ModerationNoticeService;
import com.weighttracker.notifications.application.MessageNoticeService;
import com.weighttracker.notifications.application.NotificationService;
import com.weighttracker.notifications.application.PreferencesService;
import com.weighttracker.notifications.application.PushSubscriptionService;
import com.weighttracker.notifications.application.SourceEventsService;
import com.weighttracker.notifications.application.port.out.MailComposer;
import com.weighttracker.notifications.application.port.out.MailQueue;
import com.weighttracker.notifications.application.port.out.MailSender;
import com.weighttracker.notifications.application.port.out.NotificationRepository;
import com.weighttracker.notifications.application.port.out.PreferencesRepository;
import com.weighttracker.notifications.application.port.out.PushSender;
import com.weighttracker.notifications.application.port.out.PushSubscriptionRepository;
import com.weighttracker.notifications.application.port.out.UnsubscribeLinks;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.tracking.WeeklyRecapQuery;
import com.weighttracker.tracking.WeighInActivityQuery;

/** Notifications (FR-2.4, FR-7.3, the spec's e-mail and push lists): centre, preferences, delivery, jobs. */
@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

    @Bean
    Deliveries deliveries(NotificationRepository notifications, MailQueue mail, MailComposer composer,
            UnsubscribeLinks links, PushSubscriptionRepository subscriptions, PushSender push, IdGenerator ids) {
        return new Deliveries(notifications, mail, composer, links, subscriptions, push, ids);
    }

    @Bean
    NotificationService notificationService(NotificationRepository notifications, PreferencesRepository preferences,
            PushSubscriptionRepository subscriptions, MailQueue mail, Deliveries deliveries, UserDirectory users,
            Transactions transactions, Clock clock) {
        return new NotificationService(notifications, preferences, subscriptions, mail, deliveries, users,
                transactions, clock);
    }

    @Bean
    PreferencesService preferencesService(PreferencesRepository preferences, UnsubscribeLinks links,
            UserDirectory users, Transactions transactions, Clock clock) {
        return new PreferencesService(preferences, links, users, transactions, clock);
    }

    /** {@code weighttracker.notifications.push.allow-plain-http}: only for a local push service (development, tests). */
    @Bean
    PushSubscriptionService pushSubscriptionService(PushSubscriptionRepository subscriptions, PushSender push,
            @Value("${weighttracker.notifications.push.allow-plain-http:false}") boolean allowPlainHttp,
            Transactions transactions, IdGenerator ids, Clock clock) {
        return new PushSubscriptionService(subscriptions, push, allowPlainHttp, transactions, ids, clock);
    }

    @Bean
    DeliveryJobsService deliveryJobsService(PreferencesRepository preferences, NotificationRepository notifications,
            MailQueue mail, MailSender sender, Deliveries deliveries, UserDirectory users, MailAddresses addresses,
            WeeklyRecapQuery recap, WeighInActivityQuery activity, TeamMembership teams,
            UpcomingChallengesQuery upcomingChallenges, Transactions transactions, Clock clock) {
        return new DeliveryJobsService(preferences, notifications, mail, sender, deliveries, users, addresses, recap,
                activity, teams, upcomingChallenges, transactions, clock);
    }

    /** Social's moderation outcomes for the affected author. */
    @Bean
    ModerationNoticeService moderationNoticeService(NotificationService notify) {
        return new ModerationNoticeService(notify);
    }

    @Bean
    SourceEventsService sourceEventsService(NotificationService notify, UserDirectory users, TeamMembership teams) {
        return new SourceEventsService(notify, users, teams);
    }

    @Bean
    MessageNoticeService messageNoticeService(MessageRecipients recipients, NotificationService notify,
            UserDirectory users, NotificationRepository notifications) {
        return new MessageNoticeService(recipients, users, notify, notifications);
    }

    @Bean
    LiveNotificationService liveNotificationService(LiveUpdates live) {
        return new LiveNotificationService(live);
    }
}
