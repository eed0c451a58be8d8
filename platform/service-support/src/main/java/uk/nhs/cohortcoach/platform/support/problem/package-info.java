/** RFC 9457 problem details for every error a service answers; never a stack trace. */
package uk.nhs.cohortcoach.platform.support.problem;
