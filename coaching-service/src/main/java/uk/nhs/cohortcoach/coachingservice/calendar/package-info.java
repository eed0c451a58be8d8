/**
 * iCalendar (RFC 5545) feeds of coaching sessions, per coach and per collaborative, read through a
 * secret, revocable URL that calendar clients poll without a platform token.
 */
package uk.nhs.cohortcoach.coachingservice.calendar;
