package uk.nhs.cohortcoach.hubservice.organisation;

/** The kind of NHS organisation a member is. */
public enum Sector {
    ACUTE,
    MENTAL_HEALTH,
    COMMUNITY,
    AMBULANCE,
    SPECIALIST,
    INTEGRATED_CARE_BOARD,
    OTHER
}
