package uk.nhs.cohortcoach.hubservice.resource.web;

/** A link of a resource. */
record ResourceLinkResponse(String title, String url) {
}
