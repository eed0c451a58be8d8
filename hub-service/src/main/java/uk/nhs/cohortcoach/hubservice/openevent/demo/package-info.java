/** Demo data for open events, in the {@code demo} profile only, made once through the same moves as real use. */
package uk.nhs.cohortcoach.hubservice.openevent.demo;
