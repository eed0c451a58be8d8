package uk.nhs.cohortcoach.web.member;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.CollaborativeApi;
import uk.nhs.cohortcoach.web.api.MemberApi;
import uk.nhs.cohortcoach.web.api.TeamMember;
import uk.nhs.cohortcoach.web.collaboratives.Choices;
import uk.nhs.cohortcoach.web.page.SummaryRow;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code GET /my-collaborative} "Our collaborative": for each collaborative whose team the member is in (cohort-service
 * lists a participant only those), its coach, strategic priority, equity focus and member trusts, and its team by
 * name, leadership role, job title and organisation. No emails: cohort-service sends a member nobody's but their own,
 * and the page shows none. A member in no team is told so.
 */
@Controller
class OurCollaborativeController {

    private final MemberApi member;
    private final CollaborativeApi collaboratives;

    OurCollaborativeController(MemberApi member, CollaborativeApi collaboratives) {
        this.member = member;
        this.collaboratives = collaboratives;
    }

    @GetMapping("/my-collaborative")
    String ourCollaborative(@AuthenticationPrincipal SignedInPerson person, Model model) {
        List<OurCollaborative> ours = new ArrayList<>();
        for (Collaborative collaborative : member.collaboratives()) {
            List<OurCollaborative.Teammate> team = collaboratives.team(collaborative.id()).participants().stream()
                    .map(m -> teammate(m, person)).toList();
            String coaches = member.coaches(collaborative.id()).stream().map(MemberApi.Coach::name)
                    .collect(Collectors.joining(", "));
            ours.add(new OurCollaborative(collaborative.id(), collaborative.name(), details(collaborative, coaches), team));
        }
        model.addAttribute("collaboratives", ours);
        return "member/collaborative";
    }

    private static OurCollaborative.Teammate teammate(TeamMember member, SignedInPerson person) {
        return new OurCollaborative.Teammate(member.name(), Choices.label(Choices.LEADERSHIP_ROLES, member.leadershipRole()),
                member.jobTitle(), member.organisationOdsCode(), member.personId().equals(person.id()));
    }

    private static List<SummaryRow> details(Collaborative c, String coaches) {
        Collaborative.Priority p = c.priority();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of(c.coachIds().size() > 1 ? "Coaches" : "Coach", given(coaches, "Not chosen yet")));
        rows.add(SummaryRow.of("Strategic priority", given(p == null ? null : p.area(), "Not given")));
        rows.add(SummaryRow.of("Equity focus", equityFocus(p)));
        rows.add(SummaryRow.of("Member trusts", given(c.members().stream().map(Collaborative.Member::inWords)
                .collect(Collectors.joining("; ")), "Not given")));
        rows.add(SummaryRow.of("Integrated care system", given(c.ics(), "Not given")));
        return rows;
    }

    /** Core20PLUS5 in words: the Core20 focus, the PLUS groups, the clinical areas. */
    static String equityFocus(Collaborative.Priority p) {
        if (p == null) {
            return "Not given";
        }
        List<String> parts = new ArrayList<>();
        parts.add(p.core20() ? "The most deprived 20% of the population (Core20, "
                + Choices.label(Choices.IMD_EDITIONS, p.imdEdition()) + ")" : "No Core20 focus");
        if (!p.plusGroups().isEmpty()) {
            parts.add("PLUS groups: " + String.join("; ", p.plusGroups()));
        }
        if (!p.clinicalAreas().isEmpty()) {
            parts.add("Clinical areas: " + p.clinicalAreas().stream().map(area -> Choices.label(Choices.CLINICAL_AREAS, area))
                    .collect(Collectors.joining("; ")));
        }
        return String.join(". ", parts);
    }

    private static String given(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
