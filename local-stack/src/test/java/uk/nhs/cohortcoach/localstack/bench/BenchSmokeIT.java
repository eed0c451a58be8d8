package uk.nhs.cohortcoach.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.bench.Bench;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.Figure;
import uk.nhs.cohortcoach.bench.Report;
import uk.nhs.cohortcoach.bench.Scenarios;
import uk.nhs.cohortcoach.bench.Stack;
import uk.nhs.cohortcoach.localstack.browser.BrowserStack;

/**
 * Every benchmark scenario, once, at smoke size, against the test platform (the browser tests' one, demo data included):
 * each must run to the end and measure something, so {@code bench/run} works whenever the build is green. The figures
 * themselves are judged only by a full run on a quiet machine (README, Performance).
 */
class BenchSmokeIT {

    @Test
    void everyScenarioRunsAtSmokeSizeAndMeasuresSomething() throws Exception {
        BrowserStack platform = BrowserStack.get();
        Stack stack = new Stack(URI.create(platform.baseUrl()), local(platform, "WEB_PORT"), local(platform, "COHORT_SERVICE_PORT"),
                local(platform, "COACHING_SERVICE_PORT"), local(platform, "SURVEY_SERVICE_PORT"),
                local(platform, "NOTIFICATION_SERVICE_PORT"), "mongodb://127.0.0.1:" + platform.port("MONGODB_PORT"),
                "127.0.0.1:" + platform.port("KAFKA_PORT"), platform.log("gateway").getParent().getParent());
        List<String> printed = new ArrayList<>();
        Report report;
        try (BenchContext context = new BenchContext(stack, true, printed::add)) {
            report = Bench.run(context, Scenarios.ALL, printed::add);
        }
        report.write(Path.of("target/bench-smoke-report.md"));

        assertThat(report.outcomes()).hasSameSizeAs(Scenarios.ALL);
        for (Report.Outcome outcome : report.outcomes()) {
            assertThat(outcome.failure()).as(outcome.scenario().name() + " ran to the end; printed:\n" + String.join("\n", printed))
                    .isNull();
            assertThat(outcome.figures()).as(outcome.scenario().name() + " measured something").isNotEmpty();
            for (Figure figure : outcome.figures()) {
                assertThat(figure.value()).as(outcome.scenario().name() + ": " + figure.label()).isFinite();
                if (figure.isRatio()) {
                    assertThat(figure.baseline()).as(outcome.scenario().name() + ": " + figure.label() + " baseline").isFinite();
                }
            }
        }
    }

    private static URI local(BrowserStack platform, String variable) {
        return URI.create("http://127.0.0.1:" + platform.port(variable));
    }
}
