/**
 * What every page shares: the one layout's model ({@link uk.nhs.cohortcoach.web.page.Layout}: the CSRF field,
 * who is signed in, the navigation by role, a success banner after POST-redirect-GET), the form kit's Java
 * side ({@link uk.nhs.cohortcoach.web.page.FormErrors} in form order, {@link uk.nhs.cohortcoach.web.page.DateInput},
 * {@link uk.nhs.cohortcoach.web.page.TimeInput}), web's own words ({@link uk.nhs.cohortcoach.web.page.Messages})
 * and the error pages (403, 404, 500, form expired).
 */
package uk.nhs.cohortcoach.web.page;
