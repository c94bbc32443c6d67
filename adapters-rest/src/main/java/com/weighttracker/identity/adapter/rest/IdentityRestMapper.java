package com.weighttracker.identity.adapter.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.weighttracker.identity.application.port.in.AccountView;
import com.weighttracker.identity.application.port.in.SessionTokens;
import com.weighttracker.identity.application.port.in.SignedIn;
import com.weighttracker.identity.application.port.in.UserAvatarView;
import com.weighttracker.identity.application.port.in.UserCard;

@Mapper
interface IdentityRestMapper {

    @Mapping(target = "avatarUrl", expression = "java(IdentityResponses.avatarUrl(account.id(), account.hasAvatar()))")
    IdentityResponses.User toUser(AccountView account);

    @Mapping(target = "avatarUrl", expression = "java(IdentityResponses.avatarUrl(card.id(), card.hasAvatar()))")
    IdentityResponses.PublicUser toPublicUser(UserCard card);

    @Mapping(target = "url", expression = "java(IdentityResponses.avatarUrl(avatar.userId(), true))")
    IdentityResponses.Avatar toAvatar(UserAvatarView avatar);

    @Mapping(target = "tokenType", constant = "Bearer")
    IdentityResponses.Tokens toTokens(SessionTokens tokens);

    @Mapping(target = "tokenType", constant = "Bearer")
    @Mapping(target = ".", source = "tokens")
    IdentityResponses.Session toSession(SignedIn signedIn);
}
