/** HTTP API for a session log's draft: {@code GET/PUT/DELETE /api/sessions/{id}/log-draft}, for the session's coach. */
package uk.nhs.cohortcoach.coachingservice.logdraft.web;
