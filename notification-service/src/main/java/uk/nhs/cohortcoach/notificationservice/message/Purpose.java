package uk.nhs.cohortcoach.notificationservice.message;

/**
 * Why a message is sent. Each purpose has its own GOV.UK Notify template (configured by its
 * {@link #templateKey()}); reminders are the purposes a person may opt out of, never invitations,
 * changes or cancellations.
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
    SURVEY_REMINDER(true);

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
