package uk.nhs.cohortcoach.web.collaboratives;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.CollaborativeDetails;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * The collaborative form (enrol one on its cohort's page, change one on its own), every value as typed.
 * Member trusts are one a line ("RHQ, Sheffield Teaching Hospitals"), PLUS groups one a line. The field ids
 * are the API's field paths as {@link FormErrors#fieldId} writes them ({@code priority-area}); the posted
 * names are this record's components. Public: its template reads it.
 */
public record CollaborativeForm(String name, String sector, String ics, String seniorResponsibleOfficer, String members,
        String plannedCoachingHours, List<String> coachIds, String priorityArea, String core20, String imdEdition, String plusGroups,
        List<String> clinicalAreas) {

    /** The fields in the order the form shows them: the error summary follows it. */
    static final FormErrors.Fields FIELDS = FormErrors.fields().input("name").input("sector").input("ics")
            .input("seniorResponsibleOfficer").input("members").input("plannedCoachingHours").choice("coachIds")
            .input("priority-area").choice("priority-core20").input("priority-imdEdition").input("priority-plusGroups")
            .choice("priority-clinicalAreas");

    private static final Pattern MEMBER_LINE = Pattern.compile("members-(\\d+)(-.*)?");

    public CollaborativeForm {
        name = orEmpty(name);
        sector = orEmpty(sector);
        ics = orEmpty(ics);
        seniorResponsibleOfficer = orEmpty(seniorResponsibleOfficer);
        members = orEmpty(members);
        plannedCoachingHours = orEmpty(plannedCoachingHours).trim();
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
        priorityArea = orEmpty(priorityArea);
        core20 = core20 == null || core20.isEmpty() ? "false" : core20;
        imdEdition = orEmpty(imdEdition);
        plusGroups = orEmpty(plusGroups);
        clinicalAreas = clinicalAreas == null ? List.of() : List.copyOf(clinicalAreas);
    }

    static CollaborativeForm empty() {
        return new CollaborativeForm("", "", "", "", "", "0", List.of(), "", "false", "", "", List.of());
    }

    /** The form filled from the collaborative as it is, to change it. */
    static CollaborativeForm of(Collaborative c) {
        Collaborative.Priority p = c.priority();
        return new CollaborativeForm(c.name(), orEmpty(c.sector()), orEmpty(c.ics()), orEmpty(c.seniorResponsibleOfficer()),
                String.join("\n", c.members().stream().map(m -> m.name() == null || m.name().isBlank() ? m.odsCode() : m.odsCode() + ", " + m.name()).toList()),
                String.valueOf(c.plannedCoachingHours()), c.coachIds(),
                p == null ? "" : orEmpty(p.area()), p == null ? "false" : String.valueOf(p.core20()), p == null ? "" : orEmpty(p.imdEdition()),
                p == null ? "" : String.join("\n", p.plusGroups()), p == null ? List.of() : p.clinicalAreas());
    }

    /** What the form can tell before asking the API: planned hours that are not a whole number. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (!plannedCoachingHours.isEmpty() && hours() == null) {
            errors.add("plannedCoachingHours", messages.get("number.notNumber", "Planned coaching hours", "24"));
        }
        return errors;
    }

    /**
     * The API's refusal on this form's fields: a member trust's error ({@code members[1].odsCode}) on the member
     * trusts box saying which line, a coach's ({@code coachIds[0]}) on the coaches, a PLUS group's on its box.
     */
    static void addApiErrors(FormErrors errors, ApiProblem problem, Messages messages) {
        for (ApiProblem.FieldError error : problem.errors()) {
            String id = error.field() == null ? "" : FormErrors.fieldId(error.field());
            Matcher member = MEMBER_LINE.matcher(id);
            if (member.matches()) {
                errors.add("members", messages.get("collaborative.members.line", Integer.parseInt(member.group(1)) + 1, error.message()));
            } else {
                errors.add(declared(id), error.message());
            }
        }
        if (problem.errors().isEmpty()) {
            errors.add("", problem.detail() != null ? problem.detail() : problem.title());
        }
    }

    /** {@code coachIds-0} is about {@code coachIds}, {@code priority-plusGroups-2} about {@code priority-plusGroups}. */
    private static String declared(String id) {
        for (String field : List.of("coachIds", "priority-plusGroups", "priority-clinicalAreas")) {
            if (id.startsWith(field + "-")) {
                return field;
            }
        }
        return id;
    }

    /** The API's body; {@code version} the one read when changing, null when enrolling. */
    CollaborativeDetails toApi(Long version) {
        List<Collaborative.Member> trusts = lines(members).stream().map(line -> {
            int comma = line.indexOf(',');
            return comma < 0 ? new Collaborative.Member(line.toUpperCase(Locale.UK), null)
                    : new Collaborative.Member(line.substring(0, comma).trim().toUpperCase(Locale.UK), blankToNull(line.substring(comma + 1)));
        }).toList();
        boolean core = "true".equals(core20);
        boolean anyPriority = !priorityArea.isBlank() || core || !clinicalAreas.isEmpty() || !lines(plusGroups).isEmpty();
        Collaborative.Priority priority = anyPriority
                ? new Collaborative.Priority(priorityArea.trim(), core, blankToNull(imdEdition), lines(plusGroups), clinicalAreas)
                : null;
        Integer hours = plannedCoachingHours.isEmpty() ? Integer.valueOf(0) : hours();
        return new CollaborativeDetails(name.trim(), blankToNull(sector), blankToNull(ics), blankToNull(seniorResponsibleOfficer),
                trusts, hours, coachIds, priority, version);
    }

    private Integer hours() {
        try {
            return Integer.valueOf(plannedCoachingHours);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
