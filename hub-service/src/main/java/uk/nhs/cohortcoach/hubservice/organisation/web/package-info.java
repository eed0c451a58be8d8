/** {@code /api/member-organisations}: the list for anyone, additions by programme managers. */
package uk.nhs.cohortcoach.hubservice.organisation.web;
