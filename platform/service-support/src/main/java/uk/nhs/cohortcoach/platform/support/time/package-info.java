/** The clock services take "now" from (UTC), one bean that tests can replace. */
package uk.nhs.cohortcoach.platform.support.time;
