package uk.nhs.cohortcoach.cohortservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the cohort-service. */
@SpringBootApplication
public class CohortServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CohortServiceApplication.class, args);
    }
}
