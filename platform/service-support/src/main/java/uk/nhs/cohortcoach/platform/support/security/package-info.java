/** Every service is an OAuth2 resource server: it validates the gateway's token itself and enforces roles. */
package uk.nhs.cohortcoach.platform.support.security;
