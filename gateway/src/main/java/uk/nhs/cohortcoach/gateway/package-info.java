/** The gateway: the platform's only public entry, in front of the four services. */
package uk.nhs.cohortcoach.gateway;
