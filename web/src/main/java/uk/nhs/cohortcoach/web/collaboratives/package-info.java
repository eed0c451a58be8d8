/**
 * A cohort's collaboratives and one collaborative's team (programme managers): {@code /cohorts/{id}} lists
 * the cohort's collaboratives and enrols one; {@code /collaboratives/{id}} shows one (details, team) and
 * links to a page per task: change the details, add someone already registered (find, choose), register
 * someone new and add them, import the team from a CSV file (with its row-by-row report), remove someone
 * from the team or archive them (each through the confirmation page), restore an archived person, delete
 * the collaborative (confirmation page saying what depends on it).
 */
package uk.nhs.cohortcoach.web.collaboratives;
