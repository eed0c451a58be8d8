package uk.nhs.cohortcoach.platform.support.testapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A request body with one of everything: text, a boxed and a primitive number, an enum, a date, a free-form map, nested records, a renamed field. */
record NewWidget(
        @NotBlank @Size(max = 40) String name,
        @NotNull @Min(1) @Max(100) Integer size,
        int priority,
        @NotNull Colour colour,
        @NotNull LocalDate due,
        Map<String, Object> attributes,
        @Valid List<Part> parts,
        @JsonProperty("display_label") @Size(max = 10) String label) {
}
