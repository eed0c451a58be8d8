package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One of the programme's member organisations (hub-service's {@code GET /api/member-organisations}), by ODS code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberOrganisation(String odsCode, String name, String sector, String region) {
}
