package uk.nhs.cohortcoach.coachingservice;

import uk.nhs.cohortcoach.platform.test.messages.ValidationMessagesContract;

class ValidationMessagesTest implements ValidationMessagesContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.coachingservice";
    }
}
