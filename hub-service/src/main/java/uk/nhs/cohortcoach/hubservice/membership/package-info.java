/**
 * hub-service's read model of cohort membership, from cohort-service's {@code cohort.events.v1}: which cohort each
 * collaborative is in and who coaches it, and which collaboratives each participant is in. It answers one question:
 * the cohorts a person belongs to ({@link uk.nhs.cohortcoach.hubservice.membership.CohortMembership}), which decides
 * who reads a resource for one cohort.
 */
package uk.nhs.cohortcoach.hubservice.membership;
