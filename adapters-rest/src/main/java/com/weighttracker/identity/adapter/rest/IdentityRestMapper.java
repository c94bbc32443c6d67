package com.weighttracker.identity.adapter.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.weighttracker.identity.application.port.in.AccountView;
import com.weighttracker.identity.application.port.in.SessionTokens;
import com.weighttracker.identity.application.port.in.SignedIn;
import com.weighttracker.identity.application.port.in.UserCard;

@Mapper
interface IdentityRestMapper {

    IdentityResponses.User toUser(AccountView account);

    IdentityResponses.PublicUser toPublicUser(UserCard card);

    @Mapping(target = "tokenType", constant = "Bearer")
    IdentityResponses.Tokens toTokens(SessionTokens tokens);

    @Mapping(target = "tokenType", constant = "Bearer")
    @Mapping(target = ".", source = "tokens")
    IdentityResponses.Session toSession(SignedIn signedIn);
}
