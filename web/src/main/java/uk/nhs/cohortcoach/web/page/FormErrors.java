package uk.nhs.cohortcoach.web.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A form's errors in the order the error summary lists them; each links to the field it is about
 * ({@code href} is {@code #} + the input's id, for GOV.UK's error summary). Immutable.
 */
public record FormErrors(List<Error> errors) {

    public FormErrors {
        errors = List.copyOf(errors);
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    /** Another error; {@code field} is the input's id (empty: about the whole form). */
    public FormErrors with(String field, String message) {
        List<Error> more = new ArrayList<>(errors);
        more.add(new Error(field, message));
        return new FormErrors(more);
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    /** The first message about this field, or null: for the field's own message. */
    public String on(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(Error::message).findFirst().orElse(null);
    }

    /** One error; {@code href} is where the summary's link goes. */
    public record Error(String field, String message) {

        public String href() {
            return field.isEmpty() ? "#main-content" : "#" + field;
        }
    }
}
