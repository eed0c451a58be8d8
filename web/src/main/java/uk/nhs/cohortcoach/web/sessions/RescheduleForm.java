package uk.nhs.cohortcoach.web.sessions;

import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * "Reschedule": the new date and times (London), why, and for a series which sessions; {@code pastConfirmed}
 * is set once the person has seen the warning that the time has passed. Public: its template reads it.
 */
public record RescheduleForm(DateInput date, String start, String end, String reason, String scope, String pastConfirmed) {

    public RescheduleForm {
        date = date == null ? DateInput.empty() : date;
        start = start == null ? "" : start;
        end = end == null ? "" : end;
        reason = reason == null ? "" : reason;
        scope = scope == null || scope.isBlank() ? "THIS" : scope;
        pastConfirmed = pastConfirmed == null ? "" : pastConfirmed;
    }

    /** The form filled with the session's own date and times. */
    static RescheduleForm of(Session session) {
        java.time.ZonedDateTime from = session.startsAt().atZone(TimeInput.LONDON);
        java.time.ZonedDateTime to = session.endsAt().atZone(TimeInput.LONDON);
        return new RescheduleForm(DateInput.of(from.toLocalDate()), TimeInput.of(from.toLocalTime()).text(),
                TimeInput.of(to.toLocalTime()).text(), "", "THIS", "");
    }

    Slot slot() {
        return new Slot(date, new TimeInput(start), new TimeInput(end));
    }

    public TimeInput startTime() {
        return new TimeInput(start);
    }

    public TimeInput endTime() {
        return new TimeInput(end);
    }

    static FormErrors.Fields fields() {
        return Slot.fields(FormErrors.fields()).input("reason").choice("scope");
    }

    CoachingApi.Reschedule toApi(Long version) {
        return new CoachingApi.Reschedule(slot().localStart(), slot().durationMinutes(), reason.trim(), scope, version);
    }
}
