package uk.nhs.cohortcoach.hubservice;

import uk.nhs.cohortcoach.platform.test.messages.ValidationMessagesContract;

class ValidationMessagesTest implements ValidationMessagesContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.hubservice";
    }
}
