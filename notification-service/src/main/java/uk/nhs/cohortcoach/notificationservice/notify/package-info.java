/** Email out: GOV.UK Notify's API behind retry, circuit breaker and rate limiter, or the local log channel when no key is set. */
package uk.nhs.cohortcoach.notificationservice.notify;
