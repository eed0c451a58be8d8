/**
 * Events published by survey-service on {@link uk.nhs.cohortcoach.platform.events.Topics#SURVEY}, keyed by wave so
 * each wave's events stay in order. None carries a person's answers, a role, a response id or anything else
 * that could tie a stored response to the person who gave it; each is pinned by a JSON example in
 * {@code contracts/survey/} (the module's test resources).
 */
package uk.nhs.cohortcoach.platform.events.survey;
