package com.weighttracker.example.application.port.in;

/** Welcomes a new member of a team, at most once per team and member (the listener may deliver twice). */
public interface WelcomeNewMemberUseCase {

    void welcome(WelcomeNewMember command);
}
