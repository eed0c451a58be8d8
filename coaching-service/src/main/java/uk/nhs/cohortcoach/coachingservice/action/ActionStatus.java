package uk.nhs.cohortcoach.coachingservice.action;

/** An action is open until completed. Overdue is derived: open and past its due date (Europe/London). */
public enum ActionStatus {
    OPEN, DONE
}
