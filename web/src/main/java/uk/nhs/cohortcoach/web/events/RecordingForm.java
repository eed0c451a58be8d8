package uk.nhs.cohortcoach.web.events;

import uk.nhs.cohortcoach.web.api.OpenEventManagementApi;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/** "Publish the recording" as typed: the video's link, its length in minutes, a summary. Public: its template reads it. */
public record RecordingForm(String videoLink, String durationMinutes, String summary) {

    static final FormErrors.Fields FIELDS = FormErrors.fields().input("videoLink").input("durationMinutes").input("summary");

    public RecordingForm {
        videoLink = videoLink == null ? "" : videoLink;
        durationMinutes = durationMinutes == null ? "" : durationMinutes.strip();
        summary = summary == null ? "" : summary;
    }

    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (!durationMinutes.isEmpty() && minutes() == null) {
            errors.add("durationMinutes", messages.get("number.notNumber", messages.get("event.recording.durationMinutes"), "55"));
        }
        return errors;
    }

    OpenEventManagementApi.Recording toApi() {
        return new OpenEventManagementApi.Recording(RegistrationForm.blankIsNull(videoLink), minutes(), RegistrationForm.blankIsNull(summary));
    }

    private Integer minutes() {
        try {
            return durationMinutes.isEmpty() ? null : Integer.valueOf(durationMinutes);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
