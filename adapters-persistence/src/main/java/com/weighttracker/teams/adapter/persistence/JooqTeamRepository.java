package com.weighttracker.teams.adapter.persistence;

import static com.weighttracker.teams.adapter.persistence.schema.Tables.MEMBERS;
import static com.weighttracker.teams.adapter.persistence.schema.Tables.TEAMS_;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

import com.weighttracker.platform.adapter.persistence.ConstraintViolations;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.adapter.persistence.schema.tables.records.TeamsRecord;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.Team;
import com.weighttracker.teams.domain.TeamId;
import com.weighttracker.teams.domain.TeamName;
import com.weighttracker.teams.domain.TeamRejections.TeamNameTaken;

@Repository
class JooqTeamRepository implements TeamRepository {

    private final DSLContext dsl;

    JooqTeamRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Team team, Membership founder) {
        var row = dsl.newRecord(TEAMS_);
        row.setId(team.getId().value());
        row.setMemberCount(1);
        row.setCreatedAt(team.createdAt());
        row.setVersion(team.version());
        write(row, team);
        try {
            dsl.insertInto(TEAMS_).set(row).execute();
        } catch (DataIntegrityViolationException e) {
            throw nameTakenOr(e);
        }
        dsl.insertInto(MEMBERS).set(JooqMemberRepository.toRecord(dsl, founder)).execute();
    }

    @Override
    public Optional<Team> find(TeamId id) {
        return dsl.selectFrom(TEAMS_).where(TEAMS_.ID.eq(id.value())).fetchOptional(JooqTeamRepository::toTeam);
    }

    @Override
    public Optional<Team> lock(TeamId id) {
        return dsl.selectFrom(TEAMS_).where(TEAMS_.ID.eq(id.value())).forUpdate()
                .fetchOptional(JooqTeamRepository::toTeam);
    }

    @Override
    public Map<TeamId, Team> findAll(Collection<TeamId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(TEAMS_).where(TEAMS_.ID.in(ids.stream().map(TeamId::value).toList()))
                .fetch(JooqTeamRepository::toTeam).stream()
                .collect(Collectors.toMap(Team::getId, Function.identity()));
    }

    @Override
    public void update(Team team) {
        var row = dsl.newRecord(TEAMS_);
        write(row, team);
        try {
            dsl.update(TEAMS_).set(row).set(TEAMS_.VERSION, TEAMS_.VERSION.plus(1))
                    .where(TEAMS_.ID.eq(team.getId().value())).execute();
        } catch (DataIntegrityViolationException e) {
            throw nameTakenOr(e);
        }
    }

    @Override
    public void delete(TeamId id) {
        // members, invite codes and join requests go with it (on delete cascade)
        dsl.deleteFrom(TEAMS_).where(TEAMS_.ID.eq(id.value())).execute();
    }

    @Override
    public Page<Team> browsePublic(String search, PageRequest page) {
        var where = TEAMS_.VISIBILITY.eq(TeamVisibility.PUBLIC.name());
        if (search != null) {
            // contains… escapes % and _ in the search text: they match themselves
            where = where.and(TEAMS_.NAME.containsIgnoreCase(search).or(TEAMS_.DESCRIPTION.containsIgnoreCase(search)));
        }
        return Pages.of(dsl, TEAMS_, where, List.of(DSL.lower(TEAMS_.NAME).asc(), TEAMS_.ID.asc()), page,
                JooqTeamRepository::toTeam);
    }

    private static void write(TeamsRecord row, Team team) {
        row.setName(team.name().value());
        row.setDescription(team.description().orElse(null));
        row.setVisibility(team.visibility().name());
        row.setMemberLimit(team.memberLimit());
        row.setAvatarKey(team.avatarKey().orElse(null));
        row.setUpdatedAt(team.updatedAt());
    }

    private static RuntimeException nameTakenOr(DataIntegrityViolationException e) {
        if (ConstraintViolations.uniqueConstraintOf(e).isPresent()) {
            return new TeamNameTaken();
        }
        return e;
    }

    static Team toTeam(TeamsRecord row) {
        return Team.restore(new TeamId(row.getId()), new TeamName(row.getName()), row.getDescription(),
                TeamVisibility.valueOf(row.getVisibility()), row.getMemberLimit(), row.getMemberCount(),
                row.getAvatarKey(), row.getCreatedAt(), row.getUpdatedAt(), row.getVersion());
    }
}
