package uk.nhs.cohortcoach.localstack;

/** A reason the local stack cannot start or stop, worded for the person at the terminal. */
class StackException extends RuntimeException {

    StackException(String message) {
        super(message);
    }
}
