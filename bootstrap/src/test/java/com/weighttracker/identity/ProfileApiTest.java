package com.weighttracker.identity;

import static com.weighttracker.identity.IdentityAssertions.assertError;
import static com.weighttracker.identity.IdentityAssertions.assertInvalidField;
import static com.weighttracker.identity.IdentityAssertions.assertSuccess;
import static com.weighttracker.identity.IdentityAssertions.fieldNames;
import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

class ProfileApiTest extends IntegrationTest {

    private static final String ME = "/v1/users/me";

    @Test
    void ownAccountShowsEmailUsernameAndTheDefaults() {
        var user = register();

        var me = assertSuccess(api.get(ME, user.accessToken()), 200);

        assertThat(me.path("id").asString()).isEqualTo(user.id());
        assertThat(me.path("email").asString()).isEqualTo(user.email());
        assertThat(me.path("username").asString()).isEqualTo(user.username());
        assertThat(me.path("emailVerified").asBoolean(true)).isFalse();
        assertThat(me.path("units").asString()).isEqualTo("metric");
        assertThat(me.path("profileVisibility").asString()).isEqualTo("public");
        assertThat(me.path("weightVisibility").asString()).isEqualTo("private");
        assertThat(me.path("timeZone").asString()).isEqualTo("UTC");
        assertThat(me.path("createdAt").asString()).isNotBlank();
        for (var unset : new String[] { "displayName", "bio", "heightCm", "dateOfBirth", "gender", "activityLevel" }) {
            assertThat(me.hasNonNull(unset)).as(unset).isFalse();
        }
        assertThat(me.has("password")).isFalse();
    }

    @Test
    void patchSetsTheFieldsSentAndANullClearsOnlyThatField() {
        var user = register();

        var updated = assertSuccess(api.patch(ME, body(
                "displayName", "Anna Example",
                "bio", "Running towards 70 kg.",
                "units", "imperial",
                "heightCm", new BigDecimal("172.5"),
                "dateOfBirth", "1990-04-01",
                "gender", "female",
                "activityLevel", "moderate",
                "timeZone", "America/New_York",
                "weightVisibility", "public"), user.accessToken()), 200);

        assertFullyUpdated(updated, "Running towards 70 kg.");

        var cleared = assertSuccess(api.patch(ME, "{\"bio\": null}", user.accessToken()), 200);

        assertFullyUpdated(cleared, null);
        assertFullyUpdated(assertSuccess(api.get(ME, user.accessToken()), 200), null);
    }

    private static void assertFullyUpdated(JsonNode user, String bio) {
        assertThat(user.path("displayName").asString()).isEqualTo("Anna Example");
        if (bio == null) {
            assertThat(user.hasNonNull("bio")).as("bio cleared: " + user).isFalse();
        } else {
            assertThat(user.path("bio").asString()).isEqualTo(bio);
        }
        assertThat(user.path("units").asString()).isEqualTo("imperial");
        assertThat(user.path("heightCm").decimalValue()).isEqualByComparingTo("172.5");
        assertThat(user.path("dateOfBirth").asString()).isEqualTo("1990-04-01");
        assertThat(user.path("gender").asString()).isEqualTo("female");
        assertThat(user.path("activityLevel").asString()).isEqualTo("moderate");
        assertThat(user.path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(user.path("weightVisibility").asString()).isEqualTo("public");
        assertThat(user.path("profileVisibility").asString()).isEqualTo("public");
    }

    static Stream<Arguments> badInput() {
        var fiveYearsAgo = LocalDate.now(ZoneOffset.UTC).minusYears(5).toString();
        return Stream.of(
                Arguments.of("bio of 501 characters", "{\"bio\": \"" + "x".repeat(501) + "\"}", "bio",
                        "bio must be at most 500 characters"),
                Arguments.of("displayName of 51 characters", "{\"displayName\": \"" + "d".repeat(51) + "\"}",
                        "displayName", "displayName must be at most 50 characters"),
                Arguments.of("heightCm above 272", "{\"heightCm\": 300}", "heightCm",
                        "heightCm must be between 50 and 272"),
                Arguments.of("heightCm below 50", "{\"heightCm\": 30}", "heightCm",
                        "heightCm must be between 50 and 272"),
                Arguments.of("heightCm with two decimals", "{\"heightCm\": 170.25}", "heightCm",
                        "heightCm must have at most one decimal"),
                Arguments.of("dateOfBirth of a 5-year-old", "{\"dateOfBirth\": \"" + fiveYearsAgo + "\"}",
                        "dateOfBirth", "dateOfBirth must be a date at least 13 years ago"),
                Arguments.of("timeZone that does not exist", "{\"timeZone\": \"Mars/Olympus\"}", "timeZone",
                        "timeZone must be an IANA time zone such as Europe/Berlin"),
                Arguments.of("units not offered", "{\"units\": \"stones\"}", "units",
                        "units must be one of: metric, imperial"),
                Arguments.of("gender as a number", "{\"gender\": 5}", "gender",
                        "gender must be one of: female, male, non_binary, prefer_not_to_say"),
                Arguments.of("unknown field", "{\"isAdmin\": true}", "isAdmin", "isAdmin unknown field"),
                Arguments.of("units cleared", "{\"units\": null}", "units", "units cannot be cleared"),
                Arguments.of("timeZone cleared", "{\"timeZone\": null}", "timeZone", "timeZone cannot be cleared"),
                Arguments.of("profileVisibility cleared", "{\"profileVisibility\": null}", "profileVisibility",
                        "profileVisibility cannot be cleared"),
                Arguments.of("weightVisibility not offered", "{\"weightVisibility\": \"friends\"}",
                        "weightVisibility", "weightVisibility must be one of: public, private"),
                Arguments.of("blank displayName", "{\"displayName\": \"   \"}", "displayName",
                        "displayName must not be blank"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("badInput")
    void refusesBadInputNamingTheField(String description, String patch, String field, String message) {
        var user = register();

        var response = api.patch(ME, patch, user.accessToken());

        assertThat(assertInvalidField(response, field)).contains(message);
        assertThat(response.error().path("message").asString()).isEqualTo("Invalid input data");
    }

    @Test
    void unitsMessageListsTheAllowedValues() {
        var user = register();

        var message = assertInvalidField(api.patch(ME, "{\"units\": \"stones\"}", user.accessToken()), "units");

        assertThat(message).contains("metric").contains("imperial");
    }

    @Test
    void anEnumSentAsANumberIsTheWrongType() {
        var user = register();

        assertInvalidField(api.patch(ME, "{\"gender\": 1}", user.accessToken()), "gender");
        assertInvalidField(api.patch(ME, "{\"gender\": \"1\"}", user.accessToken()), "gender");
        assertInvalidField(api.patch(ME, "{\"units\": 1}", user.accessToken()), "units");

        var me = assertSuccess(api.get(ME, user.accessToken()), 200);
        assertThat(me.hasNonNull("gender")).isFalse();
        assertThat(me.path("units").asString()).isEqualTo("metric");
    }

    @Test
    void reportsEveryBrokenFieldOfAPatchAtOnce() {
        var user = register();

        var response = api.patch(ME, body("displayName", "d".repeat(51), "bio", "b".repeat(501), "heightCm", 300,
                "timeZone", "Mars/Olympus"), user.accessToken());

        var error = assertError(response, 400, "VALIDATION_ERROR");
        assertThat(IdentityAssertions.fields(error)).containsExactlyInAnyOrder("displayName", "bio", "heightCm",
                "timeZone");
    }

    @Test
    void aThirteenYearOldMayGiveTheirDateOfBirth() {
        var user = register();
        var thirteenToday = LocalDate.now(ZoneOffset.UTC).minusYears(13);

        var oneDayShort = api.patch(ME, body("dateOfBirth", thirteenToday.plusDays(1).toString()), user.accessToken());
        var accepted = api.patch(ME, body("dateOfBirth", thirteenToday.toString()), user.accessToken());

        assertInvalidField(oneDayShort, "dateOfBirth");
        assertThat(assertSuccess(accepted, 200).path("dateOfBirth").asString()).isEqualTo(thirteenToday.toString());
    }

    @Test
    void anEmptyPatchChangesNothingAndBrokenJsonIsRefused() {
        var user = register();
        assertSuccess(api.patch(ME, body("displayName", "Kept"), user.accessToken()), 200);

        assertThat(assertSuccess(api.patch(ME, "{}", user.accessToken()), 200).path("displayName").asString())
                .isEqualTo("Kept");
        var broken = api.patch(ME, "{\"displayName\": ", user.accessToken());

        assertError(broken, 400, "VALIDATION_ERROR");
        assertThat(assertSuccess(api.get(ME, user.accessToken()), 200).path("displayName").asString())
                .isEqualTo("Kept");
    }

    @Test
    void aRefusedPatchChangesNothingEvenItsValidFields() {
        var user = register();
        assertSuccess(api.patch(ME, body("displayName", "Before"), user.accessToken()), 200);

        assertInvalidField(api.patch(ME, body("displayName", "After", "heightCm", 30), user.accessToken()),
                "heightCm");
        var tooYoung = LocalDate.now(ZoneOffset.UTC).minusYears(5).toString();
        assertInvalidField(api.patch(ME, body("displayName", "After", "dateOfBirth", tooYoung), user.accessToken()),
                "dateOfBirth");
        assertInvalidField(api.patch(ME, body("bio", "written?", "units", null), user.accessToken()), "units");

        var me = assertSuccess(api.get(ME, user.accessToken()), 200);
        assertThat(me.path("displayName").asString()).isEqualTo("Before");
        assertThat(me.hasNonNull("bio")).isFalse();
        assertThat(me.hasNonNull("dateOfBirth")).isFalse();
        assertThat(me.hasNonNull("heightCm")).isFalse();
        assertThat(me.path("units").asString()).isEqualTo("metric");
    }

    @Test
    void acceptsTheMergePatchContentType() {
        var user = register();

        var response = api.send(api.request(ME, user.accessToken())
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"displayName\": \"Merged\"}")));

        assertThat(assertSuccess(response, 200).path("displayName").asString()).isEqualTo("Merged");
    }

    @Test
    void refusesPlainTextWith415() {
        var user = register();

        var response = api.send(api.request(ME, user.accessToken())
                .header("Content-Type", "text/plain")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"displayName\": \"Plain\"}")));

        assertError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(response.error().path("message").asString()).contains("application/json");
        assertThat(assertSuccess(api.get(ME, user.accessToken()), 200).hasNonNull("displayName")).isFalse();
    }

    @Test
    void anotherPublicUserShowsTheirCardButNoPrivateFields() {
        var viewer = register();
        var other = register();
        assertSuccess(api.patch(ME, body("displayName", "Other One", "bio", "Hello there", "heightCm", 180,
                "dateOfBirth", "1985-01-02", "gender", "male", "activityLevel", "active"), other.accessToken()), 200);

        var card = assertSuccess(api.get("/v1/users/" + other.id(), viewer.accessToken()), 200);

        assertThat(card.path("id").asString()).isEqualTo(other.id());
        assertThat(card.path("username").asString()).isEqualTo(other.username());
        assertThat(card.path("displayName").asString()).isEqualTo("Other One");
        assertThat(card.path("bio").asString()).isEqualTo("Hello there");
        assertThat(card.path("profileVisibility").asString()).isEqualTo("public");
        var memberSince = Instant.parse(card.path("memberSince").asString());
        assertThat(memberSince).isBetween(Instant.now().minus(5, ChronoUnit.MINUTES), Instant.now().plusSeconds(5));
        assertThat(fieldNames(card)).doesNotContain("email", "emailVerified", "dateOfBirth", "heightCm", "gender",
                "activityLevel", "units", "timeZone", "weightVisibility", "createdAt", "password");
        assertThat(api.get("/v1/users/" + other.id(), viewer.accessToken()).raw().body())
                .doesNotContain(other.email(), "1985-01-02");
    }

    @Test
    void aPrivateProfileShowsOthersOnlyTheNames() {
        var viewer = register();
        var owner = register();
        assertSuccess(api.patch(ME, body("displayName", "Hidden Person", "bio", "secret bio", "profileVisibility",
                "private"), owner.accessToken()), 200);

        var card = assertSuccess(api.get("/v1/users/" + owner.id(), viewer.accessToken()), 200);

        assertThat(card.path("id").asString()).isEqualTo(owner.id());
        assertThat(card.path("username").asString()).isEqualTo(owner.username());
        assertThat(card.path("displayName").asString()).isEqualTo("Hidden Person");
        assertThat(card.path("profileVisibility").asString()).isEqualTo("private");
        assertThat(card.hasNonNull("bio")).as(card.toString()).isFalse();
        assertThat(card.hasNonNull("memberSince")).as(card.toString()).isFalse();
        assertThat(fieldNames(card)).doesNotContain("email", "dateOfBirth", "heightCm", "createdAt");

        var ownView = assertSuccess(api.get("/v1/users/" + owner.id(), owner.accessToken()), 200);
        assertThat(ownView.path("bio").asString()).isEqualTo("secret bio");
        assertThat(ownView.hasNonNull("memberSince")).isTrue();
    }

    @Test
    void anUnknownUserIsNotFound() {
        var viewer = register();

        var response = api.get("/v1/users/" + UUID.randomUUID(), viewer.accessToken());

        assertError(response, 404, "NOT_FOUND");
    }

    @Test
    void aUserIdThatIsNotAUuidIsInvalid() {
        var viewer = register();

        var response = api.get("/v1/users/not-a-uuid", viewer.accessToken());

        assertThat(assertInvalidField(response, "userId")).isEqualTo("userId must be a UUID");
    }

    @Test
    void withoutATokenTheProfileIsUnauthorized() {
        var other = register();

        assertError(api.get(ME, null), 401, "UNAUTHORIZED");
        assertError(api.get("/v1/users/" + other.id(), null), 401, "UNAUTHORIZED");
        assertError(api.patch(ME, body("displayName", "Anonymous"), null), 401, "UNAUTHORIZED");
        assertError(api.get(ME, "not.a.jwt"), 401, "UNAUTHORIZED");
    }

    @Test
    void nobodyCanWriteAnotherUsersProfile() {
        TestUser attacker = register();
        TestUser victim = register();
        assertSuccess(api.patch(ME, body("displayName", "Victim", "bio", "original"), victim.accessToken()), 200);

        var response = api.patch("/v1/users/" + victim.id(), body("displayName", "Hacked", "bio", "pwned"),
                attacker.accessToken());

        assertError(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.header("Allow")).contains("GET").doesNotContain("PATCH");
        var victimView = assertSuccess(api.get(ME, victim.accessToken()), 200);
        assertThat(victimView.path("displayName").asString()).isEqualTo("Victim");
        assertThat(victimView.path("bio").asString()).isEqualTo("original");
        assertError(api.delete("/v1/users/" + victim.id(), attacker.accessToken()), 405, "METHOD_NOT_ALLOWED");
        assertSuccess(api.get("/v1/users/" + victim.id(), attacker.accessToken()), 200);
    }
}
