package uk.nhs.cohortcoach.cohortservice.collaborative;

/** The kind of providers a collaborative brings together; {@code ALL_IN} is multi-sector. */
public enum Sector {
    ACUTE, MENTAL_HEALTH, COMMUNITY, ALL_IN, SPECIALIST
}
