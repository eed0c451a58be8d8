package uk.nhs.cohortcoach.cohortservice.participant;

import java.time.LocalDate;

/** Someone leaving a collaborative's team; {@code leftOn} defaults to today in Europe/London. */
record LeaveRequest(LocalDate leftOn) {
}
