package uk.nhs.cohortcoach.surveyservice.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;

/** Test frameworks and counts built the way submissions build them. */
final class Fixtures {

    private Fixtures() {
    }

    /** {@code components} components with {@code statements} statements each; ids c{i}-s{j}; the first statement of each is required. */
    static Framework framework(String frameworkId, int number, int components, int statements) {
        List<Framework.Component> list = new ArrayList<>();
        for (int i = 0; i < components; i++) {
            List<Framework.Statement> s = new ArrayList<>();
            for (int j = 0; j < statements; j++) {
                s.add(new Framework.Statement("c" + i + "-s" + j, "Statement " + i + "." + j, j == 0));
            }
            list.add(new Framework.Component(MaturityComponent.values()[i], "Component " + i, s, true));
        }
        return new Framework(Framework.idOf(frameworkId, number), frameworkId, number, "Maturity", list, true, null);
    }

    /** Mutable counts, incremented per response exactly as recording a submission does. */
    static final class Tally {
        long responses;
        final Map<String, Map<String, Long>> stages = new HashMap<>();

        /** @param answers statement id → stage name */
        Tally add(Map<String, String> answers) {
            responses++;
            answers.forEach((statement, stage) -> stages.computeIfAbsent(statement, k -> new HashMap<>()).merge(stage, 1L, Long::sum));
            return this;
        }

        ResultsCalculator.Counts counts() {
            return new ResultsCalculator.Counts(responses, stages);
        }
    }
}
