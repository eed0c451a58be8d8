package uk.nhs.cohortcoach.web.api;

import java.util.List;

/** The body of {@code POST /api/people}: registering someone. */
public record NewPerson(String name, String email, String jobTitle, String organisationOdsCode, List<String> roles) {
}
