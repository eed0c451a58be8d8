package uk.nhs.cohortcoach.web.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.HubResource;
import uk.nhs.cohortcoach.web.api.NewHubResource;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * The resource form as posted, every value as typed (so a refused form comes back as the manager left it). Links are
 * rows ({@code links[0].title}, {@code links[0].url}); a row left empty is no link, and "Add another link" posts the
 * form back with one more row (no JavaScript needed). The recording is asked for only for an event recording, the
 * cohort only for the audience {@code COHORT}: what is hidden is not sent. Public: its template reads it.
 */
public record ResourceForm(String kind, RecordingInput recording, String title, String summary, String body, List<LinkRow> links,
        List<String> components, List<String> themes, String audience, String cohortId, Long version) {

    static final String EVENT_RECORDING = "EVENT_RECORDING";
    static final String INSIGHT_DIGEST = "INSIGHT_DIGEST";
    static final String COHORT = "COHORT";
    /** The most link rows the form grows to. */
    static final int MAX_LINKS = 20;

    /** The fields in the order the form shows them (the recording is revealed under its kind). */
    static final FormErrors.Fields FIELDS = FormErrors.fields().choice("kind").input("recording-videoLink")
            .input("recording-durationMinutes").input("title").input("summary").input("body").input("links")
            .choice("components").choice("themes").choice("audience").input("cohortId").input("file");

    private static final Pattern LINK = Pattern.compile("^links\\[(\\d+)](.*)$");

    public ResourceForm {
        kind = kind == null ? "" : kind;
        recording = recording == null ? new RecordingInput("", "") : recording;
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        List<LinkRow> rows = new ArrayList<>();
        if (links != null) {
            links.forEach(row -> rows.add(row == null ? LinkRow.empty() : row));
        }
        if (rows.isEmpty()) {
            rows.add(LinkRow.empty());
        }
        links = List.copyOf(rows);
        components = components == null ? List.of() : List.copyOf(components);
        themes = themes == null ? List.of() : List.copyOf(themes);
        audience = audience == null ? "" : audience;
        cohortId = cohortId == null ? "" : cohortId;
    }

    /** An open event's recording as typed. */
    public record RecordingInput(String videoLink, String durationMinutes) {
        public RecordingInput {
            videoLink = videoLink == null ? "" : videoLink;
            durationMinutes = durationMinutes == null ? "" : durationMinutes.trim();
        }

        boolean blank() {
            return videoLink.isBlank() && durationMinutes.isBlank();
        }
    }

    /** One link as typed; both blank means no link. */
    public record LinkRow(String title, String url) {
        public LinkRow {
            title = title == null ? "" : title;
            url = url == null ? "" : url;
        }

        static LinkRow empty() {
            return new LinkRow("", "");
        }

        boolean blank() {
            return title.isBlank() && url.isBlank();
        }
    }

    static ResourceForm empty() {
        return new ResourceForm("", null, "", "", "", List.of(), List.of(), List.of(), "", "", null);
    }

    /** A new insight digest of a cohort: its counts as the body, shown to the cohort's people. */
    static ResourceForm digest(String cohortId, String body) {
        return new ResourceForm(INSIGHT_DIGEST, null, "", "", body, List.of(), List.of(), List.of(), COHORT, cohortId, null);
    }

    /** The resource as it is, to change it: its Markdown body (managers are given it) and one empty link row more. */
    static ResourceForm of(HubResource resource) {
        List<LinkRow> rows = new ArrayList<>();
        resource.links().forEach(link -> rows.add(new LinkRow(link.title(), link.url())));
        rows.add(LinkRow.empty());
        HubResource.Recording recording = resource.recording();
        return new ResourceForm(resource.kind(), recording == null ? null : new RecordingInput(recording.videoLink(),
                recording.durationMinutes() == null ? "" : String.valueOf(recording.durationMinutes())), resource.title(),
                resource.summary(), resource.body(), rows, resource.components(), resource.themes(), resource.audience(),
                resource.cohortId(), resource.version());
    }

    /** The same form with one more (empty) link row, up to {@link #MAX_LINKS}. */
    ResourceForm withAnotherLink() {
        if (links.size() >= MAX_LINKS) {
            return this;
        }
        List<LinkRow> rows = new ArrayList<>(links);
        rows.add(LinkRow.empty());
        return new ResourceForm(kind, recording, title, summary, body, rows, components, themes, audience, cohortId, version);
    }

    boolean recorded() {
        return EVENT_RECORDING.equals(kind);
    }

    boolean forCohort() {
        return COHORT.equals(audience);
    }

    /** What the form can tell before asking the API: a length that is not a whole number of minutes. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (recorded() && !recording.durationMinutes().isEmpty() && minutes() == null) {
            errors.add("recording-durationMinutes", messages.get("hub.duration.notNumber"));
        }
        return errors;
    }

    /** The API's refusal on this form: a link's index in the API's errors is among the rows sent, mapped back to the row shown. */
    void refused(ApiProblem problem, FormErrors errors) {
        List<Integer> sent = sentRows();
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field();
            Matcher link = field == null ? null : LINK.matcher(field);
            if (link != null && link.matches()) {
                int index = Integer.parseInt(link.group(1));
                field = "links[" + (index < sent.size() ? sent.get(index) : index) + "]" + link.group(2);
            }
            errors.add(field == null ? "" : FormErrors.fieldId(field), error.message());
        }
        if (problem.errors().isEmpty()) {
            errors.add("", problem.detail() != null ? problem.detail() : problem.title());
        }
    }

    NewHubResource toApi() {
        List<HubResource.Link> sent = sentRows().stream().map(links::get)
                .map(row -> new HubResource.Link(row.title().trim(), row.url().trim())).toList();
        HubResource.Recording recorded = recorded() && !recording.blank()
                ? new HubResource.Recording(recording.videoLink().trim(), minutes()) : null;
        return new NewHubResource(kind.isEmpty() ? null : kind, title.trim(), summary.trim(), body, sent, components, themes,
                audience.isEmpty() ? null : audience, forCohort() && !cohortId.isEmpty() ? cohortId : null, recorded, version);
    }

    private List<Integer> sentRows() {
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            if (!links.get(i).blank()) {
                sent.add(i);
            }
        }
        return sent;
    }

    private Integer minutes() {
        try {
            return recording.durationMinutes().isEmpty() ? null : Integer.valueOf(recording.durationMinutes());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
