package uk.nhs.cohortcoach.web.sessions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.LogDraft;
import uk.nhs.cohortcoach.web.api.NewSessionLog;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * The session log form as posted, every value as typed. Actions are rows ({@code actions[0].description}, ...);
 * a row left empty is no action, and "Add another action" posts the form back with one more row (no JavaScript
 * needed). The equity pause is a deliberate answer: nothing is chosen until the coach chooses. Public: its
 * template reads it.
 */
public record LogForm(List<String> attendeeIds, String guests, String notes, List<String> themes,
        EquityPauseAnswer equityPause, List<ActionRow> actions, Long version) {

    /** Rows the form starts with. */
    static final int FIRST_ROWS = 1;
    /** The most the API takes. */
    static final int MAX_ROWS = 50;

    private static final Pattern ACTION = Pattern.compile("^actions\\[(\\d+)]\\.(\\w+)(?:\\..*)?$");

    public LogForm {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        guests = guests == null ? "" : guests;
        notes = notes == null ? "" : notes;
        themes = themes == null ? List.of() : List.copyOf(themes);
        equityPause = equityPause == null ? new EquityPauseAnswer(null, null) : equityPause;
        List<ActionRow> rows = new ArrayList<>();
        if (actions != null) {
            actions.forEach(row -> rows.add(row == null ? ActionRow.empty() : row));
        }
        while (rows.size() < FIRST_ROWS) {
            rows.add(ActionRow.empty());
        }
        actions = List.copyOf(rows);
    }

    /** "Was an equity pause held?": {@code yes}, {@code no} or not answered; what it surfaced when yes. */
    public record EquityPauseAnswer(String held, String surfaced) {
        public EquityPauseAnswer {
            held = held == null ? "" : held;
            surfaced = surfaced == null ? "" : surfaced;
        }
    }

    /** One action as typed; all blank means no action. */
    public record ActionRow(String description, String ownerId, String ownerName, DateInput dueDate) {
        public ActionRow {
            description = description == null ? "" : description;
            ownerId = ownerId == null ? "" : ownerId;
            ownerName = ownerName == null ? "" : ownerName;
            dueDate = dueDate == null ? DateInput.empty() : dueDate;
        }

        static ActionRow empty() {
            return new ActionRow("", "", "", DateInput.empty());
        }

        boolean blank() {
            return description.isBlank() && ownerId.isBlank() && ownerName.isBlank() && dueDate.blank();
        }
    }

    static LogForm empty(Long version) {
        return new LogForm(List.of(), "", "", List.of(), null, List.of(), version);
    }

    /** The same form with one more (empty) action row, up to the API's limit. */
    LogForm withAnotherAction() {
        if (actions.size() >= MAX_ROWS) {
            return this;
        }
        List<ActionRow> rows = new ArrayList<>(actions);
        rows.add(ActionRow.empty());
        return new LogForm(attendeeIds, guests, notes, themes, equityPause, rows, version);
    }

    /** The fields in form order (one set per action row), for the error summary. */
    FormErrors.Fields fields() {
        return fieldsAfter(FormErrors.fields());
    }

    /** This form's fields in order after {@code before}'s (a page with more questions before the log's). */
    FormErrors.Fields fieldsAfter(FormErrors.Fields before) {
        // the equity pause first: the deliberate question the programme is about, answered before anything else
        FormErrors.Fields fields = before.choice("equityPause-held").input("equityPause-surfaced").choice("attendeeIds")
                .input("guests").input("notes").choice("themes");
        for (int i = 0; i < actions.size(); i++) {
            fields.input("actions-" + i + "-description").input("actions-" + i + "-ownerId").input("actions-" + i + "-ownerName")
                    .date("actions-" + i + "-dueDate");
        }
        return fields;
    }

    /** What web can tell before asking the API: a due date that is not a real date. */
    FormErrors check(Messages messages) {
        FormErrors errors = fields().errors();
        checkInto(errors, messages);
        return errors;
    }

    void checkInto(FormErrors errors, Messages messages) {
        for (int i = 0; i < actions.size(); i++) {
            String problem = actions.get(i).dueDate().problem(messages.get("session.log.dueDate"), messages);
            if (problem != null) {
                errors.add("actions-" + i + "-dueDate", problem);
            }
        }
    }

    NewSessionLog toApi() {
        Boolean held = switch (equityPause.held()) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        String surfaced = Boolean.TRUE.equals(held) && !equityPause.surfaced().isBlank() ? equityPause.surfaced().trim() : null;
        List<String> guestNames = Arrays.stream(guests.split("\\R")).map(String::trim).filter(g -> !g.isEmpty()).toList();
        List<NewSessionLog.NewAction> agreed = actions.stream().filter(row -> !row.blank())
                .map(row -> new NewSessionLog.NewAction(row.description().trim(), blankToNull(row.ownerId()),
                        blankToNull(row.ownerName()), row.dueDate().date()))
                .toList();
        return new NewSessionLog(attendeeIds, guestNames, notes.isBlank() ? null : notes, themes,
                new NewSessionLog.EquityPause(held, surfaced), agreed, version);
    }

    /**
     * The API's refusal on this form's fields: {@code prefix} is stripped ({@code log.} for a held session),
     * an action's index in the request becomes its row on the form (empty rows are not sent), and an error on
     * one attendee, theme or guest is shown on the whole question.
     */
    void addTo(FormErrors errors, ApiProblem problem, String prefix) {
        errors.addAll(new ApiProblem(problem.status(), problem.title(), problem.detail(), onForm(problem.errors(), prefix)));
    }

    /** The API's field errors as this form's fields (see {@link #addTo}). */
    List<ApiProblem.FieldError> onForm(List<ApiProblem.FieldError> apiErrors, String prefix) {
        List<Integer> sentRows = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (!actions.get(i).blank()) {
                sentRows.add(i);
            }
        }
        return apiErrors.stream().map(error -> {
            String field = error.field() == null ? "" : error.field();
            if (!prefix.isEmpty() && field.startsWith(prefix)) {
                field = field.substring(prefix.length());
            }
            Matcher action = ACTION.matcher(field);
            if (action.matches()) {
                int sent = Integer.parseInt(action.group(1));
                int row = sent < sentRows.size() ? sentRows.get(sent) : sent;
                field = "actions[" + row + "]." + action.group(2);
            }
            field = field.replaceAll("^(attendeeIds|themes|guests)\\[\\d+]$", "$1");
            return new ApiProblem.FieldError(field, error.message());
        }).toList();
    }

    /** The form as a draft keeps it: everything as typed, nothing checked (empty action rows left out). */
    LogDraft.Content toDraft() {
        List<LogDraft.Action> rows = actions.stream().filter(row -> !row.blank())
                .map(row -> new LogDraft.Action(row.description(), row.ownerId(), row.ownerName(), row.dueDate().day(),
                        row.dueDate().month(), row.dueDate().year()))
                .toList();
        return new LogDraft.Content(equityPause.held(), equityPause.surfaced(), attendeeIds, guests, notes, themes, rows);
    }

    /** The form as a draft left it, for the session read at {@code version}. */
    static LogForm fromDraft(LogDraft.Content draft, Long version) {
        List<ActionRow> rows = draft.actions() == null ? List.of() : draft.actions().stream()
                .map(a -> new ActionRow(a.description(), a.ownerId(), a.ownerName(), new DateInput(a.dueDay(), a.dueMonth(), a.dueYear())))
                .toList();
        return new LogForm(draft.attendeeIds(), draft.guests(), draft.notes(), draft.themes(),
                new EquityPauseAnswer(draft.equityPauseHeld(), draft.equityPauseSurfaced()), rows, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
