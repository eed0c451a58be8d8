package uk.nhs.cohortcoach.cohortservice.collaborative;

/** Which English Index of Multiple Deprivation a deprivation figure (such as Core20) is based on. */
public enum ImdEdition {
    IMD_2019, IMD_2025
}
