/** Demo data for the local stack (profile {@code demo}): the programme's two phases, the five phase-2 collaboratives, coaches and participants. */
package uk.nhs.cohortcoach.cohortservice.demo;
