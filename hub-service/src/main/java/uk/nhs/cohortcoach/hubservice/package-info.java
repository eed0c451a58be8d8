/**
 * hub-service: what the programme offers its whole membership (80+ trusts), beyond the cohort's collaboratives. The
 * knowledge hub's resources (board resources, event recordings, insight digests, case studies, tools) with their
 * attachments and search, and the open peer-learning events anyone from a member organisation can register for.
 * Publishes {@code hub.events.v1}.
 */
package uk.nhs.cohortcoach.hubservice;
