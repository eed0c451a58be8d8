/** {@code /api/waves/invitations/mine}: the signed-in person's own open surveys and "send me my link again". */
package uk.nhs.cohortcoach.surveyservice.mysurveys.web;
