package uk.nhs.cohortcoach.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every scenario of the suite, in the order a full run takes them. */
public final class Scenarios {

    /** Add a scenario here, one line each. */
    public static final List<Scenario> ALL = List.of(
            new uk.nhs.cohortcoach.bench.relay.WriteToEffect(),
            new uk.nhs.cohortcoach.bench.relay.RelayPass(),
            new uk.nhs.cohortcoach.bench.notification.NotifyBacklog(),
            new uk.nhs.cohortcoach.bench.notification.EventToEmail(),
            new uk.nhs.cohortcoach.bench.gateway.GatewayOverhead(),
            new uk.nhs.cohortcoach.bench.survey.SurveyDay(),
            new uk.nhs.cohortcoach.bench.survey.SurveyResults(),
            new uk.nhs.cohortcoach.bench.startup.StartupAndMemory()
    );

    private Scenarios() {
    }

    public static Optional<Scenario> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The scenarios with these names (all of them for none), refusing an unknown name. */
    public static List<Scenario> select(List<String> names) {
        if (names.isEmpty()) {
            return ALL;
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(named(name).orElseThrow(() -> new IllegalArgumentException("no scenario called " + name
                    + "; there are: " + String.join(", ", ALL.stream().map(Scenario::name).toList()))));
        }
        return chosen;
    }
}
