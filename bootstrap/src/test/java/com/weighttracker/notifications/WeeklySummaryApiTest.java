package com.weighttracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestMailServer;

/** The weekly summary goes to those who opted in, on Monday morning in their zone, with an unsubscribe link. */
class WeeklySummaryApiTest extends IntegrationTest {

    private static final String SUBJECT = "Your week in Weight Tracker";

    @Autowired
    private DeliveryJobsUseCase jobs;

    @Test
    void anOptedInUserGetsTheirRecapAndOthersDoNot() throws Exception {
        var opted = registerVerified();
        var other = registerVerified();
        for (var user : java.util.List.of(opted, other)) {
            assertThat(api.post("/v1/weight-entries", Api.body("weight", 82.4, "unit", "kg"), user.accessToken())
                    .status()).isEqualTo(201);
        }
        var put = api.send(api.request("/v1/users/me/notification-preferences", opted.accessToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"channels\": {\"weekly_summary\": [\"email\"]}}")));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);

        clock.advance(Duration.ofDays(8)); // a Monday 09:00 (UTC, their zone) has passed
        jobs.sendDueSummaries(500);
        jobs.deliverQueuedMail(500);

        var mail = TestMailServer.latestMail(opted.email(), SUBJECT);
        var body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        assertThat(body).contains("Trend this week", "Weekly rate (last 4 weeks)", "Weigh-ins");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(TestMailServer.mailCount(other.email(), SUBJECT)).isZero();
        jobs.sendDueSummaries(500);
        jobs.deliverQueuedMail(500);
        assertThat(TestMailServer.mailCount(opted.email(), SUBJECT)).isEqualTo(1);
    }

    @Test
    void theRecapHasALinePerTeamWithHowManyMembersWeighedInLastWeek() throws Exception {
        var owner = registerVerified();
        var member = registerVerified();
        var name = "Recap Walkers " + java.util.UUID.randomUUID().toString().substring(0, 8);
        var team = api.post("/v1/teams", Api.body("name", name, "visibility", "public"), owner.accessToken());
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        var teamId = team.data().path("id").asString();
        assertThat(api.post("/v1/teams/" + teamId + "/join", "", member.accessToken()).status()).isEqualTo(200);
        var put = api.send(api.request("/v1/users/me/notification-preferences", owner.accessToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"channels\": {\"weekly_summary\": [\"email\"]}}")));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);

        clock.advance(Duration.ofDays(8)); // the summary is due; a week ago is always "last week"
        var weighIn = api.post("/v1/weight-entries", "{\"weight\": 80.1, \"unit\": \"kg\", \"recordedAt\": \"%s\"}"
                .formatted(clock.instant().minus(Duration.ofDays(7))), logIn(member).accessToken());
        assertThat(weighIn.status()).as(weighIn.toString()).isEqualTo(201);
        jobs.sendDueSummaries(500);
        jobs.deliverQueuedMail(500);

        var mail = TestMailServer.latestMail(owner.email(), SUBJECT);
        var body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains("Your teams:", name + ": 1 of 2 members weighed in last week");
    }

    @Test
    void theRecapListsChallengesStartingThisWeekThatTheReaderMayJoinOrIsIn() throws Exception {
        var owner = registerVerified();
        var outsider = registerVerified();
        var team = api.post("/v1/teams", Api.body("name", "Recap Racers " + java.util.UUID.randomUUID().toString()
                .substring(0, 8), "visibility", "private"), owner.accessToken());
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        var teamId = team.data().path("id").asString();
        for (var user : java.util.List.of(owner, outsider)) {
            var put = api.send(api.request("/v1/users/me/notification-preferences", user.accessToken())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"channels\": {\"weekly_summary\": [\"email\"]}}")));
            assertThat(put.status()).as(put.toString()).isEqualTo(200);
        }
        clock.advance(Duration.ofDays(8)); // the summary is due; the tokens of a week ago have expired
        var creator = logIn(owner);
        var today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        var joinedName = "Team sprint " + java.util.UUID.randomUUID().toString().substring(0, 8);
        var openName = "Team stroll " + java.util.UUID.randomUUID().toString().substring(0, 8);
        var laterName = "Team marathon " + java.util.UUID.randomUUID().toString().substring(0, 8);
        var joined = challenge(creator, joinedName, teamId, today.plusDays(2));
        challenge(creator, openName, teamId, today.plusDays(3));
        challenge(creator, laterName, teamId, today.plusDays(9));
        var join = api.post("/v1/challenges/" + joined + "/join", "", creator.accessToken());
        assertThat(join.status()).as(join.toString()).isEqualTo(200);

        jobs.sendDueSummaries(500);
        jobs.deliverQueuedMail(500);

        var body = GreenMailUtil.getBody(TestMailServer.latestMail(owner.email(), SUBJECT)).replace("=\r\n", "")
                .replace("=3D", "=");
        var start = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.ENGLISH);
        assertThat(body).contains("Challenges starting this week:",
                joinedName + ": starts " + start.format(today.plusDays(2)) + " (you take part)",
                openName + ": starts " + start.format(today.plusDays(3)) + " (open to join)")
                .doesNotContain(laterName);
        var outsiders = GreenMailUtil.getBody(TestMailServer.latestMail(outsider.email(), SUBJECT));
        assertThat(outsiders).doesNotContain(joinedName).doesNotContain(openName);
    }

    private String challenge(com.weighttracker.support.TestUser creator, String name, String teamId,
            java.time.LocalDate start) {
        var created = api.post("/v1/challenges", Api.body("name", name, "type", "weight_loss_percent", "startDate",
                start.toString(), "endDate", start.plusDays(20).toString(), "target", 5, "rewardPoints", 10,
                "teamId", teamId), creator.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asString();
    }
}
