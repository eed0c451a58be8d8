package uk.nhs.cohortcoach.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.web.api.ApiProblem;

/**
 * A form's errors as GOV.UK shows them: the error summary lists them in the order the fields appear on
 * the form (whatever order they were found in), each linking to its field's first input, and each field
 * shows its own message. A form declares its fields in order once:
 *
 * <pre>{@code
 * static final FormErrors.Fields FIELDS = FormErrors.fields().input("name").input("phase").date("startDate");
 * FormErrors errors = FIELDS.errors();
 * errors.add("startDate", messages.get("date.notReal", "Start date"));
 * errors.addAll(refused.problem());   // the API's field errors, "startDate" or "actions[0].ownerId"
 * }</pre>
 *
 * A field id is the id of the form component ({@code startDate} for a date input, whose first box is
 * {@code startDate-day}); an API field path becomes one by {@link #fieldId(String)}.
 */
public final class FormErrors {

    /** The form's fields in order, each with where the summary's link goes. */
    public static final class Fields {

        private final Map<String, String> hrefs = new LinkedHashMap<>();

        private Fields() {
        }

        /** A component whose input has the field's id (text input, textarea, select, time input). */
        public Fields input(String id) {
            hrefs.put(id, "#" + id);
            return this;
        }

        /** A GOV.UK date input: the link goes to its day box. */
        public Fields date(String id) {
            hrefs.put(id, "#" + id + "-day");
            return this;
        }

        /** Radios or checkboxes: the link goes to the first option ({@code id}, as the Design System names it). */
        public Fields choice(String id) {
            hrefs.put(id, "#" + id);
            return this;
        }

        /** An empty set of errors for this form. */
        public FormErrors errors() {
            return new FormErrors(this);
        }

        int position(String id) {
            int i = 0;
            for (String field : hrefs.keySet()) {
                if (field.equals(id) || id.startsWith(field + "-")) {
                    return i;
                }
                i++;
            }
            return Integer.MAX_VALUE; // a field the form does not declare: after the ones it does
        }

        String href(String id) {
            return hrefs.getOrDefault(id, "#" + id);
        }
    }

    /** One error; {@code field} is empty for one about the whole form. */
    public record Error(String field, String message, String href) {
    }

    private final Fields fields;
    private final List<Error> errors = new ArrayList<>();

    private FormErrors(Fields fields) {
        this.fields = fields;
    }

    public static Fields fields() {
        return new Fields();
    }

    /** No errors, for a form that has none (or a page without a form). */
    public static FormErrors none() {
        return new FormErrors(new Fields());
    }

    /** An error on a field (the component's id); a second one on the same field is not shown. */
    public FormErrors add(String field, String message) {
        if (field == null || field.isEmpty()) {
            errors.add(new Error("", message, "#main-content"));
        } else if (on(field) == null) {
            errors.add(new Error(field, message, fields.href(field)));
        }
        return this;
    }

    /** The API's refusal: each field error on its field; a problem without field errors as one about the form. */
    public FormErrors addAll(ApiProblem problem) {
        for (ApiProblem.FieldError error : problem.errors()) {
            add(error.field() == null ? "" : fieldId(error.field()), error.message());
        }
        if (problem.errors().isEmpty()) {
            add("", problem.detail() != null ? problem.detail() : problem.title());
        }
        return this;
    }

    /** An API field path as a form field id: {@code startDate} stays, {@code actions[0].ownerId} is {@code actions-0-ownerId}. */
    public static String fieldId(String apiField) {
        return apiField.replaceAll("\\[(\\d+)]", "-$1").replace('.', '-');
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    /** The message about this field, or null: for the field's own message. */
    public String on(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(Error::message).findFirst().orElse(null);
    }

    /** In the summary's order: errors about the whole form first, then the fields in form order. */
    public List<Error> list() {
        List<Error> ordered = new ArrayList<>(errors);
        ordered.sort(Comparator.comparingInt((Error e) -> e.field().isEmpty() ? -1 : fields.position(e.field())));
        return ordered;
    }
}
