/**
 * Removing what was created by mistake: what depends on a cohort or collaborative ({@link Dependents}, the
 * rule), the sessions and waves other services hold, as their events tell it ({@link DependentsReadModel}),
 * and the tombstone that carries a deletion's event ({@link Deletions}).
 */
package uk.nhs.cohortcoach.cohortservice.removal;
