package uk.nhs.cohortcoach.platform.support.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service under test: service-support's auto-configuration plus the widget endpoints below. */
@SpringBootApplication
class ProblemTestApplication {
}
