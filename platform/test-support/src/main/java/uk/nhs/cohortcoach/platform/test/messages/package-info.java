/** The contract that every field error of a service's API has words from its message source, in GOV.UK's style. */
package uk.nhs.cohortcoach.platform.test.messages;
