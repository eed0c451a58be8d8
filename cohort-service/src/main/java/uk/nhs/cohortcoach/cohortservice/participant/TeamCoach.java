package uk.nhs.cohortcoach.cohortservice.participant;

/** One of a collaborative's coaches as its team sees them: who, by name; nothing else of their record. */
record TeamCoach(String personId, String name) {
}
