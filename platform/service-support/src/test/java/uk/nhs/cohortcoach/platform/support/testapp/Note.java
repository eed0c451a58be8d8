package uk.nhs.cohortcoach.platform.support.testapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record Note(@NotBlank @Size(max = 20) String text) {
}
