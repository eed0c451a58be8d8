package uk.nhs.cohortcoach.notificationservice.message;

/**
 * Why a message is sent. Each purpose has its own GOV.UK Notify template (configured by its
 * {@link #templateKey()}); reminders are the purposes a person may opt out of, never invitations,
 * changes or cancellations. An open event's reminders are not among them: its registrants are no people of the
 * programme and have no preferences (they cancel their registration instead).
 */
public enum Purpose {
    SESSION_INVITATION(false),
    SESSION_RESCHEDULED(false),
    SESSION_CANCELLED(false),
    SESSION_REMINDER(true),
    SESSION_LOG_REMINDER(true),
    ACTION_ASSIGNED(false),
    ACTION_DUE(true),
    SURVEY_INVITATION(false),
    SURVEY_REMINDER(true),
    /** Open events (hub-service): to a registrant outside the programme, who has no preferences. */
    REGISTRATION_CONFIRMED(false),
    REGISTRATION_WAITLISTED(false),
    REGISTRATION_CANCELLED(false),
    OPEN_EVENT_REMINDER(false),
    OPEN_EVENT_MOVED(false),
    OPEN_EVENT_CANCELLED(false),
    OPEN_EVENT_FEEDBACK(false),
    RECORDING_AVAILABLE(false),
    /** A new resource of the knowledge hub, to a person who opted in ({@code newResources}). */
    NEW_RESOURCE(false);

    private final boolean reminder;

    Purpose(boolean reminder) {
        this.reminder = reminder;
    }

    /** True for the purposes a person's "no reminders" preference suppresses. */
    public boolean isReminder() {
        return reminder;
    }

    /** The purpose's name in configuration and in Notify template settings, e.g. {@code session-invitation}. */
    public String templateKey() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
