package uk.nhs.cohortcoach.web.events;

/** One speaker row of the event form, as typed; a row left empty is no speaker. Public: the template reads it. */
public record SpeakerRow(String name, String role) {

    public SpeakerRow {
        name = name == null ? "" : name;
        role = role == null ? "" : role;
    }

    static SpeakerRow empty() {
        return new SpeakerRow("", "");
    }

    boolean blank() {
        return name.isBlank() && role.isBlank();
    }
}
