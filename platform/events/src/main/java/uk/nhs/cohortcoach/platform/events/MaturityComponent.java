package uk.nhs.cohortcoach.platform.events;

/**
 * The maturity framework's components: the five of the NHS improvement approach and a sixth,
 * embedding equity into improvement. Coaching sessions discuss them as themes; surveys score them.
 */
public enum MaturityComponent {
    SHARED_PURPOSE_AND_VISION,
    PEOPLE_AND_CULTURE,
    LEADERSHIP_BEHAVIOURS,
    IMPROVEMENT_CAPABILITY_AND_CAPACITY,
    MANAGEMENT_SYSTEMS_AND_PROCESSES,
    EMBEDDING_EQUITY
}
