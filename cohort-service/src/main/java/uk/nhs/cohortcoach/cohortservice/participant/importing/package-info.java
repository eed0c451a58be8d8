/** Importing a collaborative's team from a CSV file, row by row, without ever duplicating a person. */
package uk.nhs.cohortcoach.cohortservice.participant.importing;
