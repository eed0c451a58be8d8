package uk.nhs.cohortcoach.platform.events;

/**
 * A person's role on the platform, as the gateway writes it in the platform token's {@value #CLAIM}
 * claim and every service reads it (as the authority {@code ROLE_<name>}).
 */
public enum Role {

    /** Sets up cohorts and collaboratives, plans coaching, opens survey waves, sees all results. */
    PROGRAMME_MANAGER,

    /** Schedules and logs their own coaching sessions. */
    COACH,

    /** A member of a collaborative: answers surveys, attends sessions. */
    PARTICIPANT;

    /** The platform token claim holding the person's roles, a JSON array of role names. */
    public static final String CLAIM = "roles";

    /** The Spring Security authority a service grants for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
