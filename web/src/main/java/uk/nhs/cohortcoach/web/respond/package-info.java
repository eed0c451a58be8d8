/**
 * The maturity survey a member answers from the emailed link ({@code /respond/{token}}), with no sign-in:
 * the link's token is the identity. One component of the framework per page, every step a form that saves
 * the draft through survey-service's API (Continue, Previous step, Save and come back later), then check
 * your answers, submit and a confirmation; a link that cannot be used says why. Every step is at the one
 * address {@code /respond/{token}} (the step in the query), so the gateway's per-link rate limit and its
 * no-store and no-referrer headers apply to all of it. Works fully without JavaScript.
 */
package uk.nhs.cohortcoach.web.respond;
