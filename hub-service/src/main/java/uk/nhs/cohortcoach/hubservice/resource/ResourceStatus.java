package uk.nhs.cohortcoach.hubservice.resource;

/** Where a resource is in its life: {@code DRAFT} → {@code PUBLISHED} → {@code ARCHIVED} (→ {@code PUBLISHED}). */
public enum ResourceStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
