package uk.nhs.cohortcoach.cohortservice.person.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import uk.nhs.cohortcoach.cohortservice.person.PersonDetails;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * A person as a programme manager sends it. {@code version} is required on update (the one read; a
 * stale one gets 409) and ignored on register.
 */
record PersonRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String jobTitle,
        @Pattern(regexp = "[A-Z0-9]{3,5}") String organisationOdsCode,
        @NotEmpty Set<Role> roles,
        @Min(0) Long version) {

    PersonDetails details() {
        return new PersonDetails(name.trim(), email.trim(), blankToNull(jobTitle), organisationOdsCode, roles);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
