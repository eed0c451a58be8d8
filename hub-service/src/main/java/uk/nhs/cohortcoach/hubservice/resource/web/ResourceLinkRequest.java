package uk.nhs.cohortcoach.hubservice.resource.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.nhs.cohortcoach.hubservice.resource.Link;

/** A link of a resource: its words and its {@code http} or {@code https} address. */
record ResourceLinkRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String url) {

    Link link() {
        return new Link(title.strip(), url.strip());
    }
}
