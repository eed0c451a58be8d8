package uk.nhs.cohortcoach.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.web.api.ApiProblem;

class FormErrorsTest {

    private static final FormErrors.Fields FIELDS = FormErrors.fields()
            .input("name").date("startDate").input("actions-0-title").input("actions-0-ownerId").choice("kind");

    @Test
    void theSummaryFollowsTheFormsFieldOrderWhateverOrderTheErrorsCameIn() {
        FormErrors errors = FIELDS.errors()
                .add("kind", "Select a kind")
                .add("actions-0-ownerId", "Select who owns the action")
                .add("name", "Enter a name")
                .add("startDate", "Start date must be a real date");

        assertThat(errors.list()).extracting(FormErrors.Error::field)
                .containsExactly("name", "startDate", "actions-0-ownerId", "kind");
    }

    @Test
    void aDateLinksToItsDayBoxAndAnErrorAboutTheWholeFormComesFirst() {
        FormErrors errors = FIELDS.errors().add("startDate", "Enter the start date").add("", "The cohort has changed");

        assertThat(errors.list()).extracting(FormErrors.Error::href).containsExactly("#main-content", "#startDate-day");
    }

    @Test
    void theApisFieldPathsBecomeFieldIds() {
        ApiProblem problem = new ApiProblem(400, "Invalid request", "The request has invalid values.", List.of(
                new ApiProblem.FieldError("actions[0].ownerId", "Select who owns the action"),
                new ApiProblem.FieldError("name", "Enter a name")));

        FormErrors errors = FIELDS.errors().addAll(problem);

        assertThat(errors.list()).extracting(FormErrors.Error::href).containsExactly("#name", "#actions-0-ownerId");
        assertThat(errors.on("actions-0-ownerId")).isEqualTo("Select who owns the action");
        assertThat(FormErrors.fieldId("sessions[12].attendees[3].personId")).isEqualTo("sessions-12-attendees-3-personId");
    }

    @Test
    void aProblemWithoutFieldErrorsIsAboutTheWholeForm() {
        FormErrors errors = FIELDS.errors().addAll(new ApiProblem(409, "Conflict", "Someone else changed this cohort. Check it and try again.", null));

        assertThat(errors.list()).containsExactly(new FormErrors.Error("", "Someone else changed this cohort. Check it and try again.", "#main-content"));
    }

    @Test
    void onlyTheFirstErrorOfAFieldIsShown() {
        FormErrors errors = FIELDS.errors().add("name", "Enter a name").add("name", "Name must be 100 characters or fewer");

        assertThat(errors.list()).hasSize(1);
        assertThat(errors.on("name")).isEqualTo("Enter a name");
    }

    @Test
    void aFieldTheFormDoesNotDeclareComesLast() {
        FormErrors errors = FIELDS.errors().add("somethingElse", "Something is wrong").add("kind", "Select a kind");

        assertThat(errors.list()).extracting(FormErrors.Error::field).containsExactly("kind", "somethingElse");
    }
}
