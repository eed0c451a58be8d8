package uk.nhs.cohortcoach.coachingservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the coaching-service. */
@SpringBootApplication
public class CoachingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoachingServiceApplication.class, args);
    }
}
