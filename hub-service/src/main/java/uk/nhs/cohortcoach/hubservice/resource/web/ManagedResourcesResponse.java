package uk.nhs.cohortcoach.hubservice.resource.web;

import java.util.List;

/** Every resource (of one status, if asked) for programme managers. */
record ManagedResourcesResponse(List<ManagedResourceResponse> items) {
}
