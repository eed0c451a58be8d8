package uk.nhs.cohortcoach.coachingservice.session;

/** The kinds of engagement the programme holds with a collaborative. */
public enum SessionType {
    WORKSHOP, TEAM_COACHING, STAKEHOLDER_ENGAGEMENT, PEER_LEARNING_EVENT, BOARD_DEVELOPMENT
}
