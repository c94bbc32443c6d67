package com.weighttracker.teams.adapter.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.weighttracker.platform.adapter.rest.ImageExchange;
import com.weighttracker.teams.application.port.in.InviteCodeView;
import com.weighttracker.teams.application.port.in.JoinRequestView;
import com.weighttracker.teams.application.port.in.MemberView;
import com.weighttracker.teams.application.port.in.OwnJoinRequestView;
import com.weighttracker.teams.application.port.in.TeamView;

/** The teams use cases' views as the REST adapter's responses (ADR 18). Generated as a Spring bean. */
@Mapper(imports = ImageExchange.class)
interface TeamsRestMapper {

    @Mapping(target = "avatarUrl",
            expression = "java(team.hasAvatar() ? \"/v1/teams/\" + team.id() + \"/avatar\" : null)")
    TeamsResponses.Team toTeam(TeamView team);

    @Mapping(target = "avatarUrl",
            expression = "java(member.hasAvatar() ? ImageExchange.userAvatarUrl(member.userId()) : null)")
    TeamsResponses.Member toMember(MemberView member);

    TeamsResponses.InviteCode toInviteCode(InviteCodeView code);

    TeamsResponses.TeamJoinRequest toJoinRequest(JoinRequestView request);

    TeamsResponses.OwnJoinRequest toOwnJoinRequest(OwnJoinRequestView request);
}
