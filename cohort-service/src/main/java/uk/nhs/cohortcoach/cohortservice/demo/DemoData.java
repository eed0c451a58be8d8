package uk.nhs.cohortcoach.cohortservice.demo;

import static uk.nhs.cohortcoach.cohortservice.collaborative.ClinicalArea.ADULT_CHRONIC_RESPIRATORY_DISEASE;
import static uk.nhs.cohortcoach.cohortservice.collaborative.ClinicalArea.ADULT_EARLY_CANCER_DIAGNOSIS;
import static uk.nhs.cohortcoach.cohortservice.collaborative.ClinicalArea.ADULT_HYPERTENSION;
import static uk.nhs.cohortcoach.cohortservice.collaborative.ClinicalArea.ADULT_SEVERE_MENTAL_ILLNESS_HEALTH_CHECKS;
import static uk.nhs.cohortcoach.cohortservice.collaborative.ClinicalArea.CYP_ASTHMA;
import static uk.nhs.cohortcoach.cohortservice.collaborative.ClinicalArea.CYP_MENTAL_HEALTH;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortDetails;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortStatus;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeDetails;
import uk.nhs.cohortcoach.cohortservice.collaborative.ImdEdition;
import uk.nhs.cohortcoach.cohortservice.collaborative.MemberOrganisation;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.cohortservice.collaborative.StrategicPriority;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.cohortservice.person.PersonDetails;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * The demo programme, with fixed ids so that loading it again finds what is there. The three
 * demo accounts' person ids match the gateway's {@code application-demo.yml}.
 */
final class DemoData {

    static final String MANAGER = "6f1c2b7e-3a54-4c1e-9d2a-1b0e7a5c0001";
    static final String COACH = "6f1c2b7e-3a54-4c1e-9d2a-1b0e7a5c0002";
    static final String MEMBER = "6f1c2b7e-3a54-4c1e-9d2a-1b0e7a5c0003";
    static final String SECOND_COACH = "6f1c2b7e-3a54-4c1e-9d2a-1b0e7a5c0004";

    static final String PHASE_1 = "c0h0r7-0000-0000-0000-000000000001";
    static final String PHASE_2 = "c0h0r7-0000-0000-0000-000000000002";

    record DemoCohort(String id, CohortDetails details) {
    }

    record DemoCollaborative(String id, String cohortId, CollaborativeDetails details) {
    }

    record DemoPerson(String id, PersonDetails details, String collaborativeId, LeadershipRole role) {
    }

    /**
     * Phase 2 (nine months) started on the first of the month three months before the demo is loaded,
     * so the demo programme is always mid-way and sessions and waves can be planned in it whenever it
     * runs; phase 1 ran the year before. Fixed calendar dates would leave a later demo with no active phase.
     */
    static final LocalDate PHASE_2_START = LocalDate.now(java.time.ZoneId.of("Europe/London")).withDayOfMonth(1).minusMonths(3);

    static final List<DemoCohort> COHORTS = List.of(
            new DemoCohort(PHASE_1, new CohortDetails("Phase 1: open peer learning", 1,
                    "Webinars, board resources and a knowledge hub; more than 80 trusts took part.",
                    PHASE_2_START.minusMonths(15), PHASE_2_START.minusMonths(6).minusDays(1), CohortStatus.CLOSED)),
            new DemoCohort(PHASE_2, new CohortDetails("Phase 2: peer learning and coaching", 2,
                    "Nine months of bespoke peer learning and coaching with five collaboratives: workshops, team coaching"
                            + " and engagement with stakeholders.",
                    PHASE_2_START, PHASE_2_START.plusMonths(9).minusDays(1), CohortStatus.ACTIVE)));

    static final String AHA = "c011ab-0000-0000-0000-000000000001";
    static final String HNY = "c011ab-0000-0000-0000-000000000002";
    static final String JUCD = "c011ab-0000-0000-0000-000000000003";
    static final String MSE = "c011ab-0000-0000-0000-000000000004";
    static final String SY = "c011ab-0000-0000-0000-000000000005";

    static final List<DemoCollaborative> COLLABORATIVES = List.of(
            collaborative(AHA, "Acute Hospitals Alliance", Sector.ACUTE, "South Yorkshire",
                    List.of(trust("RHQ", "Sheffield Teaching Hospitals"), trust("RFF", "Barnsley Hospital"),
                            trust("RFR", "The Rotherham NHS Foundation Trust"), trust("RP5", "Doncaster and Bassetlaw Teaching Hospitals")),
                    new StrategicPriority("Elective waiting lists", true, ImdEdition.IMD_2019,
                            List.of("Ethnic minority communities"), Set.of(ADULT_EARLY_CANCER_DIAGNOSIS)), 60, COACH),
            collaborative(HNY, "Humber and North Yorkshire Collaboration of Acute Providers", Sector.ACUTE,
                    "Humber and North Yorkshire",
                    List.of(trust("RWA", "Hull University Teaching Hospitals"), trust("RCB", "York and Scarborough Teaching Hospitals"),
                            trust("RJL", "Northern Lincolnshire and Goole"), trust("RCD", "Harrogate and District")),
                    new StrategicPriority("Outpatient follow-up", true, ImdEdition.IMD_2025,
                            List.of("Coastal communities", "Inclusion-health groups"), Set.of(ADULT_HYPERTENSION)), 50, SECOND_COACH),
            collaborative(JUCD, "Joined Up Care Derbyshire", Sector.ALL_IN, "Derby and Derbyshire",
                    List.of(trust("RTG", "University Hospitals of Derby and Burton"), trust("RFS", "Chesterfield Royal Hospital"),
                            trust("RY8", "Derbyshire Community Health Services"), trust("RXM", "Derbyshire Healthcare")),
                    new StrategicPriority("Children and young people's asthma", true, ImdEdition.IMD_2019,
                            List.of("Gypsy, Roma and Traveller communities"), Set.of(CYP_ASTHMA, ADULT_CHRONIC_RESPIRATORY_DISEASE)),
                    60, COACH),
            collaborative(MSE, "Mid and South Essex Community Collaborative", Sector.COMMUNITY, "Mid and South Essex",
                    List.of(trust("RAJ", "Mid and South Essex"), trust("R1L", "Essex Partnership University")),
                    new StrategicPriority("Community waiting lists", false, null,
                            List.of("People experiencing homelessness"), Set.of()), 40, SECOND_COACH),
            collaborative(SY, "South Yorkshire Mental Health, Learning Disability and Autism Provider Collaborative",
                    Sector.MENTAL_HEALTH, "South Yorkshire",
                    List.of(trust("RHA", "Sheffield Health and Social Care"), trust("RXE", "Rotherham Doncaster and South Humber"),
                            trust("RXG", "South West Yorkshire Partnership"), trust("RCU", "Sheffield Children's")),
                    new StrategicPriority("Physical health checks for people with severe mental illness", true,
                            ImdEdition.IMD_2019, List.of("People with a learning disability and autistic people"),
                            Set.of(ADULT_SEVERE_MENTAL_ILLNESS_HEALTH_CHECKS, CYP_MENTAL_HEALTH)), 50, SECOND_COACH));

    static final List<DemoPerson> PEOPLE = List.of(
            person(MANAGER, "Morgan Ellis", "morgan.ellis@example.nhs.uk", "Programme manager", "T1P", Role.PROGRAMME_MANAGER, null, null),
            person(COACH, "Sam Okafor", "sam.okafor@example.nhs.uk", "Improvement coach", "T1P", Role.COACH, null, null),
            person(SECOND_COACH, "Priya Nair", "priya.nair@example.nhs.uk", "Improvement coach", "T1P", Role.COACH, null, null),
            person(MEMBER, "Alex Rahman", "alex.rahman@example.nhs.uk", "Head of quality improvement", "RTG",
                    Role.PARTICIPANT, JUCD, LeadershipRole.IMPROVEMENT_LEAD),
            participant(1, "Helen Marsh", "Chair", "RHQ", AHA, LeadershipRole.CHAIR),
            participant(2, "Daniel Osei", "Chief executive", "RFF", AHA, LeadershipRole.CHIEF_EXECUTIVE),
            participant(3, "Ruth Adeyemi", "Director of public health", "RFR", AHA, LeadershipRole.PUBLIC_HEALTH_LEAD),
            participant(4, "Tom Fairbairn", "Non-executive director", "RWA", HNY, LeadershipRole.NON_EXECUTIVE_DIRECTOR),
            participant(5, "Aisha Khan", "Chief nurse", "RCB", HNY, LeadershipRole.EXECUTIVE_DIRECTOR),
            participant(6, "Gareth Lloyd", "Quality improvement lead", "RJL", HNY, LeadershipRole.IMPROVEMENT_LEAD),
            participant(7, "Nadia Bibi", "Chief executive", "RTG", JUCD, LeadershipRole.CHIEF_EXECUTIVE),
            participant(8, "Chris Walton", "Non-executive director", "RY8", JUCD, LeadershipRole.NON_EXECUTIVE_DIRECTOR),
            participant(9, "Joanne Pike", "Chair", "RAJ", MSE, LeadershipRole.CHAIR),
            participant(10, "Femi Balogun", "Director of strategy", "R1L", MSE, LeadershipRole.EXECUTIVE_DIRECTOR),
            participant(11, "Lucy Hart", "Improvement lead", "RAJ", MSE, LeadershipRole.IMPROVEMENT_LEAD),
            participant(12, "Imran Siddiqui", "Medical director", "RHA", SY, LeadershipRole.EXECUTIVE_DIRECTOR),
            participant(13, "Claire Dunn", "Chair", "RXE", SY, LeadershipRole.CHAIR),
            participant(14, "Mark Ellison", "Head of equality, diversity and inclusion", "RXG", SY, LeadershipRole.OTHER));

    private DemoData() {
    }

    private static MemberOrganisation trust(String odsCode, String name) {
        return new MemberOrganisation(odsCode, name);
    }

    private static DemoCollaborative collaborative(String id, String name, Sector sector, String ics,
            List<MemberOrganisation> members, StrategicPriority priority, int hours, String coachId) {
        return new DemoCollaborative(id, PHASE_2, new CollaborativeDetails(name, sector, ics, members,
                members.get(0).name() + " chief executive", priority, hours, List.of(coachId)));
    }

    private static DemoPerson person(String id, String name, String email, String jobTitle, String ods, Role role,
            String collaborativeId, LeadershipRole leadershipRole) {
        return new DemoPerson(id, new PersonDetails(name, email, jobTitle, ods, Set.of(role)), collaborativeId, leadershipRole);
    }

    private static DemoPerson participant(int n, String name, String jobTitle, String ods, String collaborativeId,
            LeadershipRole role) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.nhs.uk";
        return person(String.format("d3m0-0000-0000-0000-%012d", n), name, email, jobTitle, ods, Role.PARTICIPANT,
                collaborativeId, role);
    }
}
