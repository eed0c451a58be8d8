package uk.nhs.cohortcoach.hubservice.resource;

/** A link a resource points to: its words and its http(s) address. */
public record Link(String title, String url) {
}
