/** Test support for notification-service: the JVM's GOV.UK Notify stand-in (WireMock) and the test annotation that points the service at it. */
package uk.nhs.cohortcoach.notificationservice.support;
