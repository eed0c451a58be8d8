package uk.nhs.cohortcoach.surveyservice.wave;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every {@code cohort-coach.survey.wave-job-interval} (default a minute): opening scheduled waves, automatic reminders and closing on time. */
@Component
class WaveJob {

    private final Waves waves;
    private final Clock clock;

    WaveJob(Waves waves, Clock clock) {
        this.waves = waves;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cohort-coach.survey.wave-job-interval:PT1M}",
            initialDelayString = "${cohort-coach.survey.wave-job-interval:PT1M}")
    void run() {
        waves.runDue(clock.instant(), null);
    }
}
