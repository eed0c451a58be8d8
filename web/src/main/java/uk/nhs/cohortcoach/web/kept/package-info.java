/**
 * Nobody loses typed work: a form POSTed after the person's sign-in expired (a token with a good signature
 * whose time is up, or one an API refused) is kept in MongoDB for 30 minutes, bound to that person; after
 * signing in again (password or OIDC) they see "Save your changes" ({@code /kept/{id}}), whose button
 * re-posts it with a new CSRF token, and the entry is deleted when used.
 */
package uk.nhs.cohortcoach.web.kept;
