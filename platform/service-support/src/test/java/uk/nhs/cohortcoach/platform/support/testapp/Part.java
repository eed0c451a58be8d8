package uk.nhs.cohortcoach.platform.support.testapp;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

record Part(@NotBlank String code, @Min(1) int quantity) {
}
