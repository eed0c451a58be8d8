package uk.nhs.cohortcoach.hubservice.demo;

import static uk.nhs.cohortcoach.platform.events.MaturityComponent.EMBEDDING_EQUITY;
import static uk.nhs.cohortcoach.platform.events.MaturityComponent.IMPROVEMENT_CAPABILITY_AND_CAPACITY;
import static uk.nhs.cohortcoach.platform.events.MaturityComponent.LEADERSHIP_BEHAVIOURS;
import static uk.nhs.cohortcoach.platform.events.MaturityComponent.MANAGEMENT_SYSTEMS_AND_PROCESSES;
import static uk.nhs.cohortcoach.platform.events.MaturityComponent.PEOPLE_AND_CULTURE;
import static uk.nhs.cohortcoach.platform.events.MaturityComponent.SHARED_PURPOSE_AND_VISION;

import java.util.List;
import uk.nhs.cohortcoach.hubservice.resource.Audience;
import uk.nhs.cohortcoach.hubservice.resource.EquityTheme;
import uk.nhs.cohortcoach.hubservice.resource.Link;
import uk.nhs.cohortcoach.hubservice.resource.Recording;
import uk.nhs.cohortcoach.hubservice.resource.ResourceContent;
import uk.nhs.cohortcoach.hubservice.resource.ResourceKind;

/** The demo resources, with fixed ids so that loading them again finds them there. */
final class DemoResources {

    /** cohort-service's demo phase 2 (its {@code DemoData.PHASE_2}). */
    static final String PHASE_2 = "c0h0r7-0000-0000-0000-000000000002";

    record DemoResource(String id, ResourceContent content) {
    }

    static final List<DemoResource> ALL = List.of(
            new DemoResource("4e5b0000-0000-4000-8000-000000000001", new ResourceContent(ResourceKind.BOARD_RESOURCE,
                    "Five questions for your board on health inequalities",
                    "Questions a board can ask itself, and its executives, to see whether its plans narrow or widen the gaps in "
                            + "access, experience and outcomes between the communities it serves.",
                    """
                    ## Why ask

                    Boards set the priorities that shape who waits longest. These five questions help a board test whether
                    equity is part of how it governs improvement, not an add-on.

                    ## The five questions

                    1. **Do we know who waits longest?** Can we see waiting times by deprivation (IMD quintile), ethnicity and
                       learning disability, and do we look at them every quarter?
                    2. **Which of our Core20PLUS5 areas are we furthest behind on,** and who on the board owns each?
                    3. **Do our improvement programmes hold an equity pause** before decisions, and what have they changed
                       because of one?
                    4. **Whose voices reach the board?** How do people from our most deprived neighbourhoods shape our plans?
                    5. **What would we stop doing** if it widened a gap, even if it shortened the average wait?

                    ## Using them

                    | when | how |
                    | --- | --- |
                    | Board development session | One question per session, with data from the quality committee |
                    | Annual plan sign-off | All five, as a checklist before approval |

                    > A board that asks these questions regularly makes equity part of its ordinary business.
                    """,
                    List.of(new Link("Core20PLUS5 (adults): NHS England", "https://www.england.nhs.uk/about/equality/equality-hub/national-healthcare-inequalities-improvement-programme/core20plus5/")),
                    List.of(LEADERSHIP_BEHAVIOURS, EMBEDDING_EQUITY, SHARED_PURPOSE_AND_VISION),
                    List.of(EquityTheme.CORE20, EquityTheme.PLUS_ETHNIC_MINORITY), Audience.EVERYONE, null, null)),
            new DemoResource("4e5b0000-0000-4000-8000-000000000002", new ResourceContent(ResourceKind.INSIGHT_DIGEST,
                    "Insight digest: what the first three months of coaching surfaced",
                    "Themes from the first quarter of peer learning and coaching across the five collaboratives: what helped, "
                            + "what got in the way, and how often an equity pause was held.",
                    """
                    ## In numbers

                    - 42 coaching sessions logged across five collaboratives
                    - An equity pause held in 31 of them

                    ## What helped

                    - Clinical leaders and analysts in the same room when waiting lists were reviewed
                    - Sharing one **equity dashboard** across the trusts of a collaborative

                    ## What got in the way

                    - Data on ethnicity recorded for fewer than two thirds of patients on some lists
                    - Board papers that report averages only
                    """,
                    List.of(), List.of(EMBEDDING_EQUITY, IMPROVEMENT_CAPABILITY_AND_CAPACITY),
                    List.of(EquityTheme.CORE20, EquityTheme.PLUS_INCLUSION_HEALTH), Audience.MEMBERS, null, null)),
            new DemoResource("4e5b0000-0000-4000-8000-000000000003", new ResourceContent(ResourceKind.CASE_STUDY,
                    "Case study: finding undiagnosed hypertension in Core20 neighbourhoods",
                    "How an acute and community collaborative took blood pressure checks to places of worship, barbers and "
                            + "food banks, and what it learned about reaching people who rarely see a GP.",
                    """
                    ## The problem

                    Hypertension was least often diagnosed where it was most common: in the most deprived fifth of the area.

                    ## What they did

                    1. Mapped practices' recorded prevalence against expected prevalence by neighbourhood
                    2. Trained volunteers and health and wellbeing coaches to take checks in community venues
                    3. Booked follow-up with the patient's practice before they left

                    ## What changed

                    Over six months, 1,900 checks; one in seven readings high enough to refer. The collaborative now plans
                    outreach by where the gap is largest, not where clinics are.
                    """,
                    List.of(), List.of(EMBEDDING_EQUITY, PEOPLE_AND_CULTURE),
                    List.of(EquityTheme.ADULT_HYPERTENSION, EquityTheme.CORE20, EquityTheme.PLUS_ETHNIC_MINORITY),
                    Audience.EVERYONE, null, null)),
            new DemoResource("4e5b0000-0000-4000-8000-000000000004", new ResourceContent(ResourceKind.TOOL,
                    "The equity pause: a facilitator's guide",
                    "A ten-minute pause before a decision to ask who benefits, who might be left behind, and what the data "
                            + "cannot tell us. How to run one, and how to record what it surfaced.",
                    """
                    ## When to pause

                    Before any decision that changes who is seen, when or where: a new pathway, a change to clinic times, a
                    waiting-list validation.

                    ## The questions

                    - Who benefits from this decision, and who might be left behind?
                    - What does our data not tell us, and who could tell us instead?
                    - What would we do differently if the people most affected were in the room?

                    ## Recording it

                    Note whether a pause was held and, in a sentence or two, what it surfaced. Keep names out of the notes.
                    """,
                    List.of(), List.of(EMBEDDING_EQUITY, PEOPLE_AND_CULTURE, LEADERSHIP_BEHAVIOURS), List.of(EquityTheme.PLUS_OTHER),
                    Audience.EVERYONE, null, null)),
            new DemoResource("4e5b0000-0000-4000-8000-000000000005", new ResourceContent(ResourceKind.EVENT_RECORDING,
                    "Recording: reducing waiting lists equitably",
                    "The recording of the open peer-learning webinar on prioritising waiting lists by clinical need and "
                            + "deprivation, with three trusts sharing what they tried.",
                    """
                    Speakers from three trusts describe how they added deprivation and learning disability flags to waiting
                    list reviews, and what their boards asked of them.
                    """,
                    List.of(), List.of(MANAGEMENT_SYSTEMS_AND_PROCESSES, EMBEDDING_EQUITY),
                    List.of(EquityTheme.CORE20, EquityTheme.PLUS_LEARNING_DISABILITY_AUTISM), Audience.EVERYONE, null,
                    new Recording("https://www.youtube.com/watch?v=cohort-coach-demo", 58))),
            new DemoResource("4e5b0000-0000-4000-8000-000000000006", new ResourceContent(ResourceKind.CASE_STUDY,
                    "Case study: children's asthma reviews in Derbyshire",
                    "How Joined Up Care Derbyshire focused asthma reviews on children in the most deprived areas and in "
                            + "Gypsy, Roma and Traveller communities. For phase 2 of the programme only.",
                    """
                    ## What they set out to do

                    Every child admitted with asthma to have a review, a written plan and an inhaler technique check within
                    two weeks of going home.

                    ## What they learned

                    - Families moving between sites needed reviews where they were, not where they were registered
                    - School nurses were the best-placed people to spot children missing reviews
                    """,
                    List.of(), List.of(IMPROVEMENT_CAPABILITY_AND_CAPACITY, EMBEDDING_EQUITY),
                    List.of(EquityTheme.CYP_ASTHMA, EquityTheme.PLUS_INCLUSION_HEALTH), Audience.COHORT, PHASE_2, null)),
            new DemoResource("4e5b0000-0000-4000-8000-000000000007", new ResourceContent(ResourceKind.TOOL,
                    "Equity checklist for waiting list reviews",
                    "A one-page checklist for clinical and operational leads reviewing a waiting list: the data to bring, the "
                            + "questions to ask, and the groups to look at separately.",
                    """
                    ## Bring

                    - Waits by IMD quintile, ethnicity, age and learning disability
                    - How complete each of those fields is

                    ## Ask

                    1. Are people in the most deprived quintile waiting longer for the same priority?
                    2. Who is most often removed from the list after not attending, and why?
                    """,
                    List.of(), List.of(MANAGEMENT_SYSTEMS_AND_PROCESSES, EMBEDDING_EQUITY),
                    List.of(EquityTheme.CORE20, EquityTheme.PLUS_LEARNING_DISABILITY_AUTISM), Audience.MEMBERS, null, null)));

    private DemoResources() {
    }
}
