package uk.nhs.cohortcoach.notificationservice;

import uk.nhs.cohortcoach.platform.test.messages.ValidationMessagesContract;

class ValidationMessagesTest implements ValidationMessagesContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.notificationservice";
    }
}
