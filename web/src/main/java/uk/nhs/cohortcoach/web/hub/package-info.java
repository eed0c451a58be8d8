/**
 * The knowledge hub's pages: browsing and reading published resources (anyone, signed in or not), and for programme
 * managers every resource whatever its status, the resource form (create, change, attach a PDF, publish, archive) and
 * an insight digest written beside a cohort's insights from coaching-service. hub-service decides who sees what.
 */
package uk.nhs.cohortcoach.web.hub;
