package uk.nhs.cohortcoach.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class JsonPropertyNamesTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator validator = VALIDATION.getValidator();

    record Member(@NotBlank @JsonProperty("ods_code") String odsCode) {
    }

    record Collaborative(
            @NotBlank String name,
            @Valid List<Member> members,
            @Valid Map<String, Member> bySector,
            List<@NotBlank String> tags,
            @Positive @JsonProperty("member_count") Integer memberCount) {
    }

    private final JsonPropertyNames names = new JsonPropertyNames(JsonMapper.builder().build());

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void usesTheJsonNameOfARenamedProperty() {
        assertThat(pathOf(new Collaborative("x", null, null, null, -1))).isEqualTo("member_count");
    }

    @Test
    void followsListsIntoTheJsonNamesOfTheirElements() {
        assertThat(pathOf(new Collaborative("x", List.of(new Member("RHQ"), new Member(" ")), null, null, null)))
                .isEqualTo("members[1].ods_code");
    }

    @Test
    void followsMapsByKey() {
        assertThat(pathOf(new Collaborative("x", null, Map.of("acute", new Member("")), null, null)))
                .isEqualTo("bySector.acute.ods_code");
    }

    @Test
    void pointsAtTheElementOfAConstrainedList() {
        assertThat(pathOf(new Collaborative("x", null, null, List.of("ok", ""), null))).isEqualTo("tags[1]");
    }

    @Test
    void appliesTheMappersNamingStrategy() {
        JsonPropertyNames snakeCase = new JsonPropertyNames(JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build());
        record Person(@NotBlank String familyName) {
        }
        ConstraintViolation<Person> violation = validator.validate(new Person("")).iterator().next();

        assertThat(snakeCase.render(FieldPath.root(), Person.class, violation.getPropertyPath())).hasToString("family_name");
    }

    @Test
    void keepsTheJavaNameWhenTheTypeIsUnknown() {
        ConstraintViolation<Collaborative> violation = only(validator.validate(new Collaborative("x", null, null, null, -1)));

        assertThat(names.render(FieldPath.root().property("body"), null, violation.getPropertyPath()))
                .hasToString("body.memberCount");
    }

    private String pathOf(Collaborative collaborative) {
        ConstraintViolation<Collaborative> violation = only(validator.validate(collaborative));
        return names.render(FieldPath.root(), Collaborative.class, violation.getPropertyPath()).toString();
    }

    private static <T> ConstraintViolation<T> only(Set<ConstraintViolation<T>> violations) {
        assertThat(violations).hasSize(1);
        return violations.iterator().next();
    }
}
