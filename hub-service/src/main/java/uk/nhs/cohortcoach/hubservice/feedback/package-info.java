/**
 * Anonymous feedback on an open event from its attendees, through the single-use feedback link: a rating of 1 to 5
 * and an optional comment, kept only as running counts and comments at random places in one document per event, so
 * nothing links a rating to a registration or to the order feedback arrived in; shown to programme managers only once
 * feedback has closed and at least 5 have answered ({@link uk.nhs.cohortcoach.hubservice.feedback.FeedbackRules}).
 */
package uk.nhs.cohortcoach.hubservice.feedback;
