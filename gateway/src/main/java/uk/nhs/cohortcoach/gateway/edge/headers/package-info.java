/**
 * Security headers (CSP, HSTS over TLS, framing, sniffing, referrer, permissions) on every response,
 * and no caching or referring of addresses that hold a survey link token.
 */
package uk.nhs.cohortcoach.gateway.edge.headers;
