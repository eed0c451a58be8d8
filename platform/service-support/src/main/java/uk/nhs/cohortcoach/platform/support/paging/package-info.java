/** Paged, sorted lists: the query parameters every list endpoint takes and the page it answers. */
package uk.nhs.cohortcoach.platform.support.paging;
