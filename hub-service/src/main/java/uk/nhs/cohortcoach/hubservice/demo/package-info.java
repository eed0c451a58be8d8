/**
 * Demo data for the {@code demo} profile: a handful of realistic published resources of every kind, loaded once through
 * the domain's own operations (so ResourcePublished is sent) and never again.
 */
package uk.nhs.cohortcoach.hubservice.demo;
