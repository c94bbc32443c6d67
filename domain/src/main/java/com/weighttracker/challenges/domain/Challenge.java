package com.weighttracker.challenges.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeCompleted;
import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.domain.ChallengeRejections.ChallengeArchived;
import com.weighttracker.challenges.domain.ChallengeRejections.ChallengeStarted;
import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Patch;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;

/**
 * A challenge (FR-5.1): what it measures, from which day to which, the target that ends it early and
 * the points its winners earn. Before its start everything may change; after it only the name and
 * the description (the rules everybody joined under stay); once completed it is archived and never
 * changes. Days are calendar dates; each participant's progress is measured on their own local days.
 */
public final class Challenge extends EventRecordingAggregate<Challenge, ChallengeId> {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1_000;
    public static final int MAX_DAYS = 365;
    public static final int MAX_REWARD_POINTS = 10_000;
    public static final int MAX_PARTICIPANTS = 500;
    /** Joining closes at the end of this many days after the start. */
    public static final int JOIN_DAYS_AFTER_START = 2;
    /** A start may lie this far ahead at most. */
    public static final int MAX_DAYS_AHEAD = 365;

    private final ChallengeId id;
    private String name;
    private String description;
    private ChallengeType type;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal target;
    private int rewardPoints;
    private boolean handicap;
    private final UUID teamId;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;
    private List<UserId> winners;

    private Challenge(ChallengeId id, String name, String description, ChallengeType type, LocalDate startDate,
            LocalDate endDate, BigDecimal target, int rewardPoints, boolean handicap, UUID teamId, UserId createdBy,
            Instant createdAt, Instant updatedAt, Instant completedAt, List<UserId> winners) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.description = description;
        this.type = Objects.requireNonNull(type);
        this.startDate = Objects.requireNonNull(startDate);
        this.endDate = Objects.requireNonNull(endDate);
        this.target = Objects.requireNonNull(target);
        this.rewardPoints = rewardPoints;
        this.handicap = handicap;
        this.teamId = teamId;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.completedAt = completedAt;
        this.winners = List.copyOf(winners);
    }

    /**
     * The rules of a new challenge, every broken one reported at once.
     *
     * @param target in the type's unit: percent, kilograms or days
     * @param today the creator's day (UTC); the start may not lie before it
     */
    public static Challenge create(ChallengeId id, String name, String description, ChallengeType type,
            LocalDate startDate, LocalDate endDate, BigDecimal target, Integer rewardPoints, Boolean handicap,
            UUID teamId, UserId creator, LocalDate today, Instant now) {
        var violations = new Violations();
        var checkedName = violations.check("name", () -> name(name));
        var checkedDescription = violations.check("description", () -> description(description));
        if (type == null) {
            violations.add("type", "type is required: weight_loss_percent, total_lost or consistency");
        }
        checkPeriod(violations, startDate, endDate, today);
        var inHandicap = Boolean.TRUE.equals(handicap);
        var checkedTarget = type == null ? null
                : violations.check("target", () -> target(type, inHandicap, target, startDate, endDate));
        var points = violations.check("rewardPoints", () -> rewardPoints(rewardPoints));
        if (inHandicap && type == ChallengeType.CONSISTENCY) {
            violations.add("handicap", "handicap mode scores loss: it does not apply to a consistency challenge");
        }
        violations.throwIfAny();
        return new Challenge(id, checkedName, checkedDescription, type, startDate, endDate, checkedTarget, points,
                inHandicap, teamId, creator, now, now, null, List.of());
    }

    public static Challenge restore(ChallengeId id, String name, String description, ChallengeType type,
            LocalDate startDate, LocalDate endDate, BigDecimal target, int rewardPoints, boolean handicap, UUID teamId,
            UserId createdBy, Instant createdAt, Instant updatedAt, Instant completedAt, List<UserId> winners) {
        return new Challenge(id, name, description, type, startDate, endDate, target, rewardPoints, handicap, teamId,
                createdBy, createdAt, updatedAt, completedAt, winners);
    }

    /** A merge patch; after the start only name and description, once completed nothing. */
    public void edit(ChallengeChanges changes, LocalDate today, Instant now) {
        requireNotCompleted();
        if (hasStarted(today) && changes.changesRules()) {
            throw new ChallengeStarted("This challenge has started: only its name and description may change.");
        }
        var violations = new Violations();
        var newName = changes.name().isPresent() ? violations.check("name", () -> name(changes.name().value())) : name;
        var newDescription = violations.check("description",
                () -> description(changes.description().applyTo(description)));
        var newType = changes.type().applyTo(type);
        var newStart = changes.startDate().applyTo(startDate);
        var newEnd = changes.endDate().applyTo(endDate);
        var newHandicap = changes.handicap().applyTo(handicap);
        var newPoints = changes.rewardPoints().isPresent()
                ? violations.check("rewardPoints", () -> rewardPoints(changes.rewardPoints().value()))
                : Integer.valueOf(rewardPoints);
        if (newType == null) {
            violations.add("type", "type cannot be cleared");
        }
        if (changes.startDate().isPresent() || changes.endDate().isPresent()) {
            checkPeriod(violations, newStart, newEnd, today);
        }
        var newTarget = newType == null ? null : violations.check("target", () -> target(newType,
                Boolean.TRUE.equals(newHandicap), changes.target().applyTo(target), newStart, newEnd));
        if (Boolean.TRUE.equals(newHandicap) && newType == ChallengeType.CONSISTENCY) {
            violations.add("handicap", "handicap mode scores loss: it does not apply to a consistency challenge");
        }
        violations.throwIfAny();
        name = newName;
        description = newDescription;
        type = newType;
        startDate = newStart;
        endDate = newEnd;
        target = newTarget;
        rewardPoints = newPoints;
        handicap = Boolean.TRUE.equals(newHandicap);
        updatedAt = now;
    }

    /** Only a challenge that has not started may be deleted. */
    public void requireDeletable(LocalDate today) {
        requireNotCompleted();
        if (hasStarted(today)) {
            throw new ChallengeStarted("This challenge has started: it can no longer be deleted.");
        }
    }

    /** Archives the challenge with its winners and announces them; a completed challenge stays as it is. */
    public boolean complete(List<UserId> winners, List<UserId> participants, Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        this.winners = List.copyOf(winners);
        updatedAt = now;
        register(new ChallengeCompleted(id.value(), name, teamId, rewardPoints, winners, participants, now));
        return true;
    }

    public void requireNotCompleted() {
        if (completedAt != null) {
            throw new ChallengeArchived();
        }
    }

    public ChallengeStatus status(LocalDate today) {
        if (completedAt != null) {
            return ChallengeStatus.COMPLETED;
        }
        return today.isBefore(startDate) ? ChallengeStatus.UPCOMING : ChallengeStatus.ACTIVE;
    }

    public boolean hasStarted(LocalDate today) {
        return !today.isBefore(startDate);
    }

    /** Whether one may still join on {@code today}: not completed, and until the second day after the start. */
    public boolean isOpenToJoin(LocalDate today) {
        return completedAt == null && !today.isAfter(startDate.plusDays(JOIN_DAYS_AFTER_START));
    }

    /** The challenge's last day is over everywhere: even where the day ends last (UTC−12). */
    public boolean isOverEverywhere(Instant now) {
        return now.isAfter(endDate.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(-12)));
    }

    public boolean isTeamChallenge() {
        return teamId != null;
    }

    private static void checkPeriod(Violations violations, LocalDate start, LocalDate end, LocalDate today) {
        if (start == null) {
            violations.add("startDate", "startDate is required");
        } else if (start.isBefore(today)) {
            violations.add("startDate", "startDate must not lie in the past");
        } else if (start.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            violations.add("startDate", "startDate must lie within " + MAX_DAYS_AHEAD + " days");
        }
        if (end == null) {
            violations.add("endDate", "endDate is required");
        } else if (start != null && !end.isAfter(start)) {
            violations.add("endDate", "endDate must be after startDate");
        } else if (start != null && ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            violations.add("endDate", "a challenge lasts at most " + MAX_DAYS + " days");
        }
    }

    static String name(String value) {
        var stripped = Rules.required("name", value).strip();
        if (stripped.isEmpty()) {
            throw InvalidInput.of("name", "name must not be blank");
        }
        Rules.name("name", stripped);
        if (stripped.codePointCount(0, stripped.length()) > MAX_NAME) {
            throw InvalidInput.of("name", "name must be at most " + MAX_NAME + " characters");
        }
        return stripped;
    }

    static String description(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = Rules.plainText("description", value.strip());
        if (stripped.codePointCount(0, stripped.length()) > MAX_DESCRIPTION) {
            throw InvalidInput.of("description", "description must be at most " + MAX_DESCRIPTION + " characters");
        }
        return stripped;
    }

    static int rewardPoints(Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > MAX_REWARD_POINTS) {
            throw InvalidInput.of("rewardPoints", "rewardPoints must be between 0 and " + MAX_REWARD_POINTS);
        }
        return value;
    }

    /**
     * Percent: 0.1 to 50; kilograms: 0.1 to 200; days: 1 to the challenge's length; in handicap mode a
     * percentage of the expected loss, 1 to 1,000.
     */
    static BigDecimal target(ChallengeType type, boolean handicap, BigDecimal value, LocalDate start,
            LocalDate end) {
        Rules.required("target", value);
        if (handicap && type != ChallengeType.CONSISTENCY) {
            return within(value, "1", "1000", "percent of the expected loss");
        }
        return switch (type) {
            case WEIGHT_LOSS_PERCENT -> within(value, "0.1", "50", "percent");
            case TOTAL_LOST -> within(value, "0.1", "200", "kilograms");
            case CONSISTENCY -> {
                var days = start == null || end == null ? MAX_DAYS + 1 : ChronoUnit.DAYS.between(start, end) + 1;
                if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.ONE) < 0
                        || value.compareTo(BigDecimal.valueOf(days)) > 0) {
                    throw InvalidInput.of("target", "a consistency target is a whole number of days, 1 to the "
                            + "challenge's " + days + " days");
                }
                yield value.setScale(0, RoundingMode.UNNECESSARY);
            }
        };
    }

    private static BigDecimal within(BigDecimal value, String min, String max, String unit) {
        if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            throw InvalidInput.of("target", "target must be between " + min + " and " + max + " " + unit);
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public ChallengeId getId() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public ChallengeType type() {
        return type;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public BigDecimal target() {
        return target;
    }

    public int rewardPoints() {
        return rewardPoints;
    }

    public boolean handicap() {
        return handicap;
    }

    public Optional<UUID> teamId() {
        return Optional.ofNullable(teamId);
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public List<UserId> winners() {
        return winners;
    }
}
