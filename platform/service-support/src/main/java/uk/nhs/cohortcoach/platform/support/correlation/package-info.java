/** Takes the correlation id from each request (or creates one), logs with it and returns it. */
package uk.nhs.cohortcoach.platform.support.correlation;
