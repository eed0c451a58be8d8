/**
 * {@code /api/open-events}: the public listing, page and calendar entry of open events; scheduling, changing,
 * cancelling, attendance (by ids or a webinar platform's report), the recording and the programme's reach for
 * programme managers; and the URL rules of every open-event path ({@link uk.nhs.cohortcoach.hubservice.openevent.web.OpenEventAccess}).
 */
package uk.nhs.cohortcoach.hubservice.openevent.web;
