/** What the gateway does to every request at its edge: limits, headers, CSRF, problem answers. */
package uk.nhs.cohortcoach.gateway.edge;
