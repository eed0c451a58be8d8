package uk.nhs.cohortcoach.platform.support.testapp;

enum Colour {
    RED, GREEN, BLUE
}
