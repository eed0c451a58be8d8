/** People and their roles, and participants' membership of collaborative teams with the history kept. */
package uk.nhs.cohortcoach.cohortservice.person;
