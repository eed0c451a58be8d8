package uk.nhs.cohortcoach.coachingservice.privacy;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;

/** Erasure consumes PersonErased as pinned in {@code platform/events}: the pinned person id is what gets erased. */
class PersonErasedContractTest {

    private final CoachingErasure erasure = mock(CoachingErasure.class);
    private final PersonErasedListener listener = new PersonErasedListener(ContractInbox.create(), erasure);

    @Test
    void erasesThePersonNamedInThePinnedExample() {
        listener.on(ContractInbox.cohortRecord(ContractExamples.record(PersonErased.class)));

        verify(erasure).erase("person-42");
    }

    @Test
    void erasesThePersonWhenTheExampleCarriesFieldsItDoesNotKnow() {
        listener.on(ContractInbox.cohortRecord(ContractExamples.recordWithUnknownFields(PersonErased.class)));

        verify(erasure).erase("person-42");
    }
}
