/** Small typed clients of the services' APIs, each call carrying the signed-in person's platform token. */
package uk.nhs.cohortcoach.web.api;
