package uk.nhs.cohortcoach.surveyservice.framework;

import java.util.List;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** The framework every installation starts with: "Improving equitably" version 1, in our own words. */
public final class DefaultFramework {

    public static final String ID = "improving-equitably";
    public static final String NAME = "Improving equitably";

    private DefaultFramework() {
    }

    public static List<Framework.Component> components() {
        return List.of(
                component(MaturityComponent.SHARED_PURPOSE_AND_VISION, "Building a shared purpose and vision",
                        "purpose", "Our collaborative has agreed, in writing, what it is trying to improve and for whom.",
                        "Staff in our member organisations can describe the shared aims in their own words.",
                        "Patients and communities helped shape the aims we are working towards.",
                        "Our board papers link decisions back to the shared purpose."),
                component(MaturityComponent.PEOPLE_AND_CULTURE, "Investing in people and culture",
                        "people", "People at every level are encouraged to suggest and test changes.",
                        "Time for improvement work is protected in job plans and rotas.",
                        "We recognise and celebrate improvement, including what we learnt from things that did not work.",
                        "Staff feel safe to speak up when something is not right."),
                component(MaturityComponent.LEADERSHIP_BEHAVIOURS, "Developing leadership behaviours",
                        "leadership", "Senior leaders visibly take part in improvement work, not just sponsor it.",
                        "Leaders ask questions and coach rather than hand down solutions.",
                        "Leaders across our member organisations model working together rather than competing."),
                component(MaturityComponent.IMPROVEMENT_CAPABILITY_AND_CAPACITY, "Building improvement capability and capacity",
                        "capability", "We have a plan for the improvement skills each group of staff needs.",
                        "Teams can get expert improvement support when they need it.",
                        "We measure improvement over time using data presented as run or control charts.",
                        "Board members have had training in improvement methods."),
                component(MaturityComponent.MANAGEMENT_SYSTEMS_AND_PROCESSES, "Embedding improvement into management systems and processes",
                        "systems", "Our planning and performance reviews use the same improvement approach.",
                        "Priorities cascade from the collaborative to teams, and teams' results flow back up.",
                        "Regular huddles or reviews track progress against improvement measures.",
                        "Our governance checks that changes are sustained after projects end."),
                component(MaturityComponent.EMBEDDING_EQUITY, "Embedding equity into improvement",
                        "equity", "We look at our data by deprivation, ethnicity and other characteristics before choosing what to improve.",
                        "Improvement projects name the groups who could be left behind and how they will be reached.",
                        "People with lived experience from Core20PLUS5 groups take part in designing changes.",
                        "We check whether improvements have narrowed or widened gaps between groups.",
                        "We hold an equity pause in our meetings to ask who is missing."));
    }

    private static Framework.Component component(MaturityComponent component, String title, String prefix, String... statements) {
        List<Framework.Statement> list = new java.util.ArrayList<>();
        for (int i = 0; i < statements.length; i++) {
            list.add(new Framework.Statement(prefix + "-" + (i + 1), statements[i], true));
        }
        return new Framework.Component(component, title, list, true);
    }
}
