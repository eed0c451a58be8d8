package uk.nhs.cohortcoach.cohortservice.person;

/** The board or leadership role a participant holds in their collaborative's team. */
public enum LeadershipRole {
    CHAIR, CHIEF_EXECUTIVE, NON_EXECUTIVE_DIRECTOR, EXECUTIVE_DIRECTOR, IMPROVEMENT_LEAD, PUBLIC_HEALTH_LEAD, OTHER
}
